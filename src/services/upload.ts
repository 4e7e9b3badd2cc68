// Photo upload: choose images, store them, return file ids the actions accept.
// WeChat: chooseMedia + cloud storage (file id `cloud://…`); H5: chooseImage + POST /api/upload (multipart).
// The app asks camera or album itself (in the reader's language), so neither platform shows its own sheet.
import Taro from '@tarojs/taro';
import type { ActionErrorBody, Envelope } from '@/domain/envelope';
import { API_BASE, call, NETWORK_ERROR } from './api';
import { isWeapp } from './platform';
import { ensureConsent } from './privacy';
import { getToken } from './token';

export interface UploadedImage {
  fileId: string;
  /** Something an <Image> can show right away: the local temp path or the served URL. */
  previewUrl: string;
}

/** The person closed the picker: nothing to show. */
export const PICK_CANCELLED = 'photo.cancelled';
const CANCELLED: ActionErrorBody = { code: 'FORBIDDEN', message: PICK_CANCELLED, reason: PICK_CANCELLED };
const NO_CONSENT: ActionErrorBody = { code: 'FORBIDDEN', message: '请先阅读并同意隐私保护指引', reason: 'membership.consentRequired' };

const isCancel = (thrown: unknown): boolean => /cancel/i.test(String((thrown as { errMsg?: string } | null)?.errMsg ?? thrown));

export type PhotoSource = 'camera' | 'album';

async function pickPaths(count: number, source: PhotoSource): Promise<string[]> {
  if (isWeapp()) {
    const res = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'], sourceType: [source] });
    return res.tempFiles.map((file) => file.tempFilePath);
  }
  const res = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: [source] });
  return res.tempFilePaths;
}

async function uploadToCloud(path: string): Promise<Envelope<UploadedImage>> {
  const extension = /\.(\w{2,4})$/.exec(path)?.[1] ?? 'jpg';
  const cloudPath = `uploads/${Date.now()}-${Math.random().toString(36).slice(2, 10)}.${extension}`;
  let fileId: string;
  try {
    fileId = (await Taro.cloud.uploadFile({ cloudPath, filePath: path })).fileID;
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
  // The cloud checks the bytes and records the photo as the caller's before any action accepts its id.
  const registered = await call('files.register', { fileId });
  return registered.ok ? { ok: true, data: { fileId: registered.data.fileId, previewUrl: path } } : registered;
}

async function uploadToGateway(path: string): Promise<Envelope<UploadedImage>> {
  try {
    const blob = await (await fetch(path)).blob();
    const form = new FormData();
    form.append('file', blob, 'photo');
    const token = getToken();
    const res = await fetch(`${API_BASE}/api/upload`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
    const body = (await res.json()) as Envelope<{ fileId: string; url: string }>;
    if (typeof body?.ok !== 'boolean') return { ok: false, error: NETWORK_ERROR };
    return body.ok ? { ok: true, data: { fileId: body.data.fileId, previewUrl: /^https?:/.test(body.data.url) ? body.data.url : `${API_BASE}${body.data.url}` } } : body;
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
}

/** Uploads already chosen local paths one by one; stops at the first failure. */
export async function uploadImages(paths: string[]): Promise<Envelope<UploadedImage[]>> {
  const uploaded: UploadedImage[] = [];
  for (const path of paths) {
    const result = isWeapp() ? await uploadToCloud(path) : await uploadToGateway(path);
    if (!result.ok) return result;
    uploaded.push(result.data);
  }
  return { ok: true, data: uploaded };
}

/** Asks for privacy consent if needed, lets the person take or pick up to `count` photos, uploads them. */
export async function chooseAndUploadImages(count: number, source: PhotoSource): Promise<Envelope<UploadedImage[]>> {
  if (!(await ensureConsent('report'))) return { ok: false, error: NO_CONSENT };
  let paths: string[];
  try {
    paths = await pickPaths(Math.max(1, Math.min(9, count)), source);
  } catch (thrown) {
    return { ok: false, error: isCancel(thrown) ? CANCELLED : NETWORK_ERROR };
  }
  return uploadImages(paths);
}
