// Photos are decoded and re-encoded before they are kept, so nothing but pixels survives: EXIF (the GPS position of
// the resident's home, the camera, the time), XMP, IPTC and comments are gone. The orientation is applied to the
// pixels first, so a photo still stands the right way up; very large photos are scaled down to MAX_SIDE.
import type Sharp from 'sharp';
import { ActionError } from '../../handlers/errors';

/** Longest side kept, in pixels: plenty for a case photo on a phone, a fraction of a camera's full size. */
export const MAX_SIDE = 2560;
/** Decoding refuses images past this many pixels (a "decompression bomb" fits in a small file). */
const MAX_INPUT_PIXELS = 40_000_000;

export async function withoutMetadata(bytes: Buffer, mime: string): Promise<Buffer> {
  // Loaded here, so bundles that never keep files locally (WeChat) never need the native module.
  const sharp = require('sharp') as typeof Sharp;
  const animated = mime === 'image/gif' || mime === 'image/webp';
  try {
    let image = sharp(bytes, { animated, limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
    if (!animated) image = image.autoOrient().resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true });
    // sharp writes no metadata unless asked (withMetadata / keepExif), which is the point.
    switch (mime) {
      case 'image/jpeg':
        return await image.jpeg({ quality: 85, mozjpeg: true }).toBuffer();
      case 'image/png':
        return await image.png({ compressionLevel: 9 }).toBuffer();
      case 'image/webp':
        return await image.webp({ quality: 85 }).toBuffer();
      case 'image/gif':
        return await image.gif().toBuffer();
      default:
        throw new ActionError('INVALID_INPUT', 'files.badType', { fields: { file: 'files.badType' } });
    }
  } catch (error) {
    if (error instanceof ActionError) throw error;
    throw new ActionError('INVALID_INPUT', 'files.unreadable', { fields: { file: 'files.unreadable' } });
  }
}
