// The one answer shape every action returns, on WeChat and behind the gateway alike.

export type ErrorCode =
  | 'UNKNOWN_ACTION'
  | 'INVALID_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'CONTENT_REJECTED'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTERNAL';

export interface ActionErrorBody {
  code: ErrorCode;
  message: string;
  /** Field path → message, for INVALID_INPUT. */
  fields?: Record<string, string>;
  /** A named domain outcome (e.g. 'already_supported'), when the error comes from a rule. */
  reason?: string;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ActionErrorBody };

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });
export const fail = (error: ActionErrorBody): Envelope<never> => ({ ok: false, error });
