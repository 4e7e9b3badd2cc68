// The one cloud function, `linli`: 1. pick the runtime (WeChat by default, local when LINLI_RUNTIME=local);
// 2. take the caller's identity from the platform (WeChat context) or from the gateway's verified
// context.identity — never from the event; 3. hand `{ action, input }` to the dispatcher.
// On WeChat the same function also receives the platform's message push of asynchronous image verdicts
// (`wxa_media_check`); those go to the verdict handler, never to the dispatcher.
import { createDispatcher, type Caller, type Dispatch } from '../../dispatcher';
import type { LocalPorts } from '../../adapters/local';
import { applyMediaVerdict, mediaVerdictOf } from '../../kit/content';
import { timerOf } from '../../kit/jobs';
import { jobNamed } from '../../jobs';
import type { Ports } from '../../ports';
import { isPlatformPush } from './platformPush';
import { fail, ok, type Envelope } from '../../../src/domain/envelope';

interface Runtime {
  dispatch: Dispatch;
  identify(context: unknown): Caller | null;
  /** True only for WeChat's own message push (never locally, never for a client's call). */
  fromPlatform(event: unknown): boolean;
  ports: Ports;
  local?: LocalPorts;
}

type Raw = Record<string, unknown>;

let runtime: Runtime | null = null;

const isLocal = (): boolean => process.env.LINLI_RUNTIME === 'local';

function createLocalRuntime(): Runtime {
  // Required here so the WeChat path never loads SQLite (better-sqlite3 is not shipped to WeChat).
  const { createLocalPorts, devClock } = require('../../adapters/local') as typeof import('../../adapters/local');
  // The gateway turns the movable clock on in development mode only.
  const clock = process.env.LINLI_DEV_CLOCK === '1' ? devClock() : undefined;
  const ports = createLocalPorts({ dataDir: process.env.LINLI_DATA_DIR || 'data', clock });
  return {
    dispatch: createDispatcher(ports),
    ports,
    local: ports,
    fromPlatform: () => false,
    identify(context) {
      const openid = (context as { identity?: { openid?: unknown } } | undefined)?.identity?.openid;
      return typeof openid === 'string' && openid !== '' ? { openid } : null;
    },
  };
}

function createWxRuntime(): Runtime {
  const cloud = require('wx-server-sdk');
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
  const { createWxPorts } = require('../../adapters/wx') as typeof import('../../adapters/wx');
  const ports = createWxPorts(cloud);
  return {
    dispatch: createDispatcher(ports),
    ports,
    fromPlatform: (event) => isPlatformPush(cloud.getWXContext(), event),
    identify() {
      const { OPENID } = cloud.getWXContext();
      return typeof OPENID === 'string' && OPENID !== '' ? { openid: OPENID } : null;
    },
  };
}

function getRuntime(): Runtime {
  runtime ??= isLocal() ? createLocalRuntime() : createWxRuntime();
  return runtime;
}

export async function main(event: unknown, context: unknown): Promise<Envelope<unknown>> {
  const current = getRuntime();
  // Only WeChat pushes verdicts: a push-shaped event from a client is an ordinary (invalid) call.
  const verdict = current.fromPlatform(event) ? mediaVerdictOf(event) : null;
  if (verdict) return ok({ applied: await applyMediaVerdict(current.ports, verdict.traceId, verdict.verdict) });
  // A timer trigger carries no caller; an event naming a timer from a signed-in caller is an ordinary bad request.
  const timer = timerOf(event);
  if (timer !== null && current.identify(context) === null) return runTimer(current.ports, timer);
  const request = typeof event === 'object' && event !== null ? { action: (event as Raw).action, input: (event as Raw).input } : event;
  return current.dispatch(request, current.identify(context));
}

async function runTimer(ports: Ports, name: string): Promise<Envelope<unknown>> {
  const job = jobNamed(name);
  if (!job) return fail({ code: 'NOT_FOUND', message: 'no such job', reason: 'code.NOT_FOUND' });
  return ok({ job: name, changed: await job.run(ports) });
}

/** The local runtime's ports, so the gateway saves uploads and serves files through the same store. */
export function localPorts(): LocalPorts {
  if (!isLocal()) throw new Error('localPorts() exists only when LINLI_RUNTIME=local');
  return getRuntime().local!;
}

/** Closes the local database; the next call opens it again. */
export async function shutdown(): Promise<void> {
  const current = runtime;
  runtime = null;
  await current?.local?.close();
}
