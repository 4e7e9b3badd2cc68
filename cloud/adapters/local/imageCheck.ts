// What any upload must be before it is kept: small enough, and really an image by its bytes, whatever its name.
import { fromBuffer } from 'file-type';
import { ActionError } from '../../handlers/errors';

export const IMAGE_TYPES: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export async function checkImageBytes(bytes: Buffer, maxBytes = DEFAULT_MAX_BYTES): Promise<{ mime: string; ext: string }> {
  if (bytes.length > maxBytes) {
    throw new ActionError('PAYLOAD_TOO_LARGE', 'files.tooLarge', { params: { mb: Math.floor(maxBytes / 1024 / 1024) } });
  }
  const type = await fromBuffer(bytes);
  const ext = type ? IMAGE_TYPES[type.mime] : undefined;
  if (!type || !ext) throw new ActionError('INVALID_INPUT', 'files.badType', { fields: { file: 'files.badType' } });
  return { mime: type.mime, ext };
}
