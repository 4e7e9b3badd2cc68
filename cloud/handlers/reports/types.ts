// The handler type of one report action, shared with the membership handlers.
export type { ActionHandler } from '../membership/types';
