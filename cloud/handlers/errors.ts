// A refusal a handler answers on purpose; the dispatcher turns it into the error envelope.
import type { ActionErrorBody, ErrorCode } from '../../src/domain/envelope';

export class ActionError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly extra: Pick<ActionErrorBody, 'fields' | 'reason'> = {},
  ) {
    super(message);
    this.name = 'ActionError';
  }

  toBody(): ActionErrorBody {
    return { code: this.code, message: this.message, ...this.extra };
  }
}

export const notFound = (what: string) => new ActionError('NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'You may not do this here') => new ActionError('FORBIDDEN', message);
export const conflict = (reason: string, message: string) => new ActionError('CONFLICT', message, { reason });
