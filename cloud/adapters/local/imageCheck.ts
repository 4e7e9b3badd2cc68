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
    throw new ActionError('PAYLOAD_TOO_LARGE', `图片不能超过${Math.floor(maxBytes / 1024 / 1024)}MB`);
  }
  const type = await fromBuffer(bytes);
  const ext = type ? IMAGE_TYPES[type.mime] : undefined;
  if (!type || !ext) throw new ActionError('INVALID_INPUT', '只能上传 JPG、PNG、WebP 或 GIF 图片', { fields: { file: 'unsupported type' } });
  return { mime: type.mime, ext };
}
