// The handler type of one notification action, shared with the membership handlers.
export type { ActionHandler } from '../membership/types';
