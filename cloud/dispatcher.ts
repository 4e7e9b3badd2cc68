// The single entry every action goes through, on WeChat and behind the gateway:
// 1. check the request's shape and that the action exists;
// 2. validate the input against the action's shared schema;
// 3. resolve the caller from a verified identity (never from the payload) and check the role;
// 4. confine a community-scoped action's store to the caller's communities, so no handler can leak another's;
// 5. run the handler; 6. answer one envelope whose reason the client renders, never a stack trace.
import * as v from 'valibot';
import { actions, isActionName } from '../src/domain/actions';
import type { ActionErrorBody, Envelope, ErrorCode } from '../src/domain/envelope';
import { fail, ok } from '../src/domain/envelope';
import { renderMessage } from '../src/domain/messages';
import { callerResolver, communitiesOf } from './handlers/actor';
import { ActionError } from './handlers/errors';
import { handlers as allHandlers, type HandlerTable } from './handlers';
import { scopedStore } from './kit/scopedStore';
import type { Ports } from './ports';
import { isCommunityScoped } from './ports/collections';
import { DuplicateIdError } from './ports/store';

/** A caller whose identity was verified by the platform (WeChat context) or by the gateway (session token). */
export interface Caller {
  openid: string;
}

export interface DispatchLog {
  error(details: Record<string, unknown>, message: string): void;
}

export type Dispatch = (request: unknown, caller: Caller | null) => Promise<Envelope<unknown>>;

// valibot's own default messages quote the received value: a fixed reference keeps a huge or hostile input out of the answer.
const FIXED_MESSAGE = { message: () => 'field.invalid' };

/** Field path → the schema's message reference; never the received value. */
export function fieldsOf(issues: v.BaseIssue<unknown>[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = v.getDotPath(issue) ?? '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

/** An error body whose reason is a message key, with its Chinese text as the message. */
export const refusal = (code: ErrorCode, reason: string, extra: Pick<ActionErrorBody, 'fields' | 'params'> = {}): ActionErrorBody => ({
  code,
  message: renderMessage(reason, 'zh', extra.params),
  reason,
  ...extra,
});

export function createDispatcher(ports: Ports, options: { handlers?: HandlerTable; log?: DispatchLog } = {}): Dispatch {
  const table = options.handlers ?? allHandlers;
  const log = options.log ?? { error: (details, message) => console.error(message, details) };
  const resolveCaller = callerResolver();

  return async function dispatch(request, caller) {
    if (typeof request !== 'object' || request === null || typeof (request as { action?: unknown }).action !== 'string') {
      return fail(refusal('INVALID_INPUT', 'code.INVALID_INPUT', { fields: { action: 'field.required' } }));
    }
    const { action: name, input } = request as { action: string; input?: unknown };
    if (!isActionName(name)) return fail(refusal('UNKNOWN_ACTION', 'code.UNKNOWN_ACTION'));
    if (!caller) return fail(refusal('UNAUTHENTICATED', 'code.UNAUTHENTICATED'));

    const spec = actions[name];
    const parsed = v.safeParse(spec.input, input === undefined ? {} : input, FIXED_MESSAGE);
    if (!parsed.success) return fail(refusal('INVALID_INPUT', 'code.INVALID_INPUT', { fields: fieldsOf(parsed.issues) }));

    try {
      const actor = await resolveCaller(ports.store, caller.openid, ports.clock.now());
      if (!spec.roles.includes(actor.role)) {
        return fail(refusal('FORBIDDEN', actor.role === 'guest' ? 'common.joinFirst' : 'code.FORBIDDEN'));
      }
      let store = ports.store;
      if (spec.scope === 'community') {
        const communities = await communitiesOf(ports.store, actor);
        if (!communities.length) return fail(refusal('FORBIDDEN', 'common.joinFirst'));
        store = scopedStore(ports.store, isCommunityScoped, communities);
      }
      const handler = table[name] as (input: unknown, ctx: unknown) => Promise<unknown>;
      const data = await handler(parsed.output, { ...ports, store, actor, openid: caller.openid });
      return ok(data);
    } catch (error) {
      if (error instanceof ActionError) return fail(error.toBody());
      if (error instanceof DuplicateIdError) return fail(refusal('CONFLICT', 'common.duplicate'));
      log.error({ action: name, err: error instanceof Error ? error.message : String(error) }, 'action failed');
      return fail(refusal('INTERNAL', 'code.INTERNAL'));
    }
  };
}
