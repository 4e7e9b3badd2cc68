// A refusal a handler answers on purpose; the dispatcher turns it into the error envelope. The reason is a message
// key of the shared table (src/domain/messages.ts): the client renders it in the reader's language, and `message`
// carries the Chinese text for logs and older clients.
import type { ActionErrorBody, ErrorCode } from '../../src/domain/envelope';
import type { MessageParams } from '../../src/domain/common/messages';
import { renderMessage } from '../../src/domain/messages';

export class ActionError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly reason: string,
    public readonly extra: { params?: MessageParams; fields?: Record<string, string> } = {},
  ) {
    super(renderMessage(reason, 'zh', extra.params));
    this.name = 'ActionError';
  }

  toBody(): ActionErrorBody {
    const body: ActionErrorBody = { code: this.code, message: this.message, reason: this.reason };
    if (this.extra.params) body.params = this.extra.params;
    if (this.extra.fields) body.fields = this.extra.fields;
    return body;
  }
}

export const notFound = (reason = 'code.NOT_FOUND') => new ActionError('NOT_FOUND', reason);
export const forbidden = (reason = 'code.FORBIDDEN', params?: MessageParams) => new ActionError('FORBIDDEN', reason, { params });
export const conflict = (reason: string, params?: MessageParams) => new ActionError('CONFLICT', reason, { params });
/** An input that passed its schema but names something that does not fit (e.g. another community's grid). */
export const invalidField = (field: string, reason: string) => new ActionError('INVALID_INPUT', reason, { fields: { [field]: reason } });
