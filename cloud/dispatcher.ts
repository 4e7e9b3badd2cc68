// The single entry every action goes through, on WeChat and behind the gateway:
// 1. check the request's shape and that the action exists;
// 2. validate the input against the action's shared schema;
// 3. resolve the caller from a verified identity (never from the payload) and check the role;
// 4. run the handler; 5. answer one envelope, never a stack trace.
import * as v from 'valibot';
import { actions, isActionName } from '../src/domain/actions';
import type { ActionErrorBody, Envelope } from '../src/domain/envelope';
import { fail, ok } from '../src/domain/envelope';
import { ensureUser, resolveActor } from './handlers/actor';
import { ActionError } from './handlers/errors';
import { handlers as allHandlers, type HandlerTable } from './handlers';
import type { Ports } from './ports';
import { DuplicateIdError } from './ports/store';

/** A caller whose identity was verified by the platform (WeChat context) or by the gateway (session token). */
export interface Caller {
  openid: string;
}

export interface DispatchLog {
  error(details: Record<string, unknown>, message: string): void;
}

export type Dispatch = (request: unknown, caller: Caller | null) => Promise<Envelope<unknown>>;

// valibot's default messages quote the received value; a fixed text keeps a huge or hostile input out of the answer.
const FIXED_MESSAGE = { message: () => '格式有误' };

export function fieldsOf(issues: v.BaseIssue<unknown>[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = v.getDotPath(issue) ?? '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

const invalid = (fields: Record<string, string>): ActionErrorBody => ({
  code: 'INVALID_INPUT',
  message: '输入有误，请检查后重试',
  fields,
});

export function createDispatcher(ports: Ports, options: { handlers?: HandlerTable; log?: DispatchLog } = {}): Dispatch {
  const table = options.handlers ?? allHandlers;
  const log = options.log ?? { error: (details, message) => console.error(message, details) };

  return async function dispatch(request, caller) {
    if (typeof request !== 'object' || request === null || typeof (request as { action?: unknown }).action !== 'string') {
      return fail(invalid({ action: 'action is required' }));
    }
    const { action: name, input } = request as { action: string; input?: unknown };
    if (!isActionName(name)) return fail({ code: 'UNKNOWN_ACTION', message: `Unknown action: ${name.slice(0, 60)}` });
    if (!caller) return fail({ code: 'UNAUTHENTICATED', message: '请先登录' });

    const spec = actions[name];
    const parsed = v.safeParse(spec.input, input === undefined ? {} : input, FIXED_MESSAGE);
    if (!parsed.success) return fail(invalid(fieldsOf(parsed.issues)));

    try {
      const user = await ensureUser(ports.store, caller.openid, ports.clock.now());
      const actor = await resolveActor(ports.store, user);
      if (!spec.roles.includes(actor.role)) {
        return fail({
          code: 'FORBIDDEN',
          message: actor.role === 'guest' ? '请先加入社区' : '当前身份无权进行此操作',
        });
      }
      const handler = table[name] as (input: unknown, ctx: unknown) => Promise<unknown>;
      const data = await handler(parsed.output, { ...ports, actor, openid: caller.openid });
      return ok(data);
    } catch (error) {
      if (error instanceof ActionError) return fail(error.toBody());
      if (error instanceof DuplicateIdError) return fail({ code: 'CONFLICT', message: '记录已存在', reason: 'duplicate' });
      log.error({ action: name, err: error instanceof Error ? error.message : String(error) }, 'action failed');
      return fail({ code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' });
    }
  };
}
