// The one answer shape every action returns, on WeChat and behind the gateway alike.
import type { MessageParams } from './common/messages';

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
  /** Field path → message reference (see common/messages.ts), for INVALID_INPUT. */
  fields?: Record<string, string>;
  /** The message key that explains the refusal (e.g. 'report.alreadySupported'); the client renders it. */
  reason?: string;
  /** Parameters of the reason's message. */
  params?: MessageParams;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ActionErrorBody };

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });
export const fail = (error: ActionErrorBody): Envelope<never> => ({ ok: false, error });
