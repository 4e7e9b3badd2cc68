// What every handler receives: the caller (resolved by the dispatcher) and the ports.
import type { ActionName, ActionOutput, ParsedInput } from '../../src/domain/actions';
import type { Actor } from '../../src/domain/roles';
import type { Ports } from '../ports';

export interface HandlerContext extends Ports {
  actor: Actor;
  /** The caller's WeChat OPENID when running in WeChat; used only for content-security calls. */
  openid?: string;
}

export type Handler<I, O> = (input: I, ctx: HandlerContext) => Promise<O>;

/** The handler of one catalogue action, so each handler file states which action it serves. */
export type ActionHandler<A extends ActionName> = Handler<ParsedInput<A>, ActionOutput<A>>;
