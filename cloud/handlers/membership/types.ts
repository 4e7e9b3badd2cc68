// The handler type of one catalogue action, so each file states which action it serves.
import type { ActionName, ActionOutput, ParsedInput } from '../../../src/domain/actions';
import type { Handler } from '../context';

export type ActionHandler<A extends ActionName> = Handler<ParsedInput<A>, ActionOutput<A>>;
