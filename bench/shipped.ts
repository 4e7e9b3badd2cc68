// The side the bench times is the cloud function as it ships: the esbuild bundle in dist/cloud/functions/linli,
// rebuilt from the current source when a bench process starts (`buildShipped`) and called the way the gateway calls it
// (`main(request, { identity })`, local runtime on the bench's data dir). The source dispatcher stays for what
// the bench inspects (store calls and query plans), which the bundle does not expose.
import { join } from 'node:path';
import type { Caller } from '../cloud/dispatcher';
import type { ActionInput, ActionName, ActionOutput } from '../src/domain/actions';
import type { Envelope } from '../src/domain/envelope';
import { buildCloud, FUNCTION_DIR } from '../scripts/build-cloud';

interface BundledFunction {
  main(event: unknown, context: { identity?: Caller }): Promise<Envelope<unknown>>;
  shutdown(): Promise<void>;
}

export type ShippedDispatch = (request: unknown, caller: Caller) => Promise<Envelope<unknown>>;

let bundle: BundledFunction | null = null;

/** Builds and loads the bundle once per process; each bench calls it first, before it seeds anything. */
export async function buildShipped(): Promise<BundledFunction> {
  if (!bundle) {
    await buildCloud();
    bundle = require(join(FUNCTION_DIR, 'index.js')) as BundledFunction;
  }
  return bundle;
}

/** The shipped function on `dataDir`, with its own connection to the database as in the gateway. */
export async function shippedFunction(dataDir: string): Promise<ShippedDispatch> {
  const fn = await buildShipped();
  await fn.shutdown();
  process.env.LINLI_RUNTIME = 'local';
  process.env.LINLI_DATA_DIR = dataDir;
  delete process.env.LINLI_DEV_CLOCK;
  return (request, caller) => fn.main(request, { identity: caller });
}

/**
 * Calls actions through `via` (the shipped function or the inspected source dispatcher) and answers their data;
 * an answer that is not ok fails the bench with `failure`, naming the action, the caller and the refusal.
 */
export const callerOn =
  (via: ShippedDispatch, failure: (message: string) => Error = (message) => new Error(message)) =>
  async <A extends ActionName>(openid: string, action: A, input: ActionInput<A>): Promise<ActionOutput<A>> => {
    const envelope = await via({ action, input }, { openid });
    if (!envelope.ok) throw failure(`${action} as ${openid} answered ok:false ${JSON.stringify(envelope.error)}`);
    return envelope.data as ActionOutput<A>;
  };

/** Closes the shipped function's connection, if one is open (for a bench's `finally`). */
export const closeShipped = async (): Promise<void> => bundle?.shutdown();
