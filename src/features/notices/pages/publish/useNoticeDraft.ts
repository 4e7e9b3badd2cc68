// The publish / edit form's state, and the input it sends: checked first with the cloud's own schema.
import { useState } from 'react';
import dayjs from 'dayjs';
import type { ActionInput } from '@/domain/actions';
import type { NoticeCategory } from '@/domain/notices/categories';
import { EditNoticeInput, PublishNoticeInput } from '@/domain/notices/schemas';
import type { NoticeDetailView } from '@/domain/notices/types';
import type { UploadedImage } from '@/services/upload';
import { validate } from '@/services/validate';
import type { AudienceDraft } from '../../components/AudiencePicker';
import { toAudience } from '../../components/AudiencePicker';
import type { Moment } from './WhenFields';

const momentOf = (at: number): Moment => ({ date: dayjs(at).format('YYYY-MM-DD'), time: dayjs(at).format('HH:mm') });
const timeOf = (moment: Moment): number => dayjs(`${moment.date} ${moment.time}`).valueOf();

export interface NoticeDraft {
  category: NoticeCategory | null;
  title: string;
  body: string;
  photos: UploadedImage[];
  audience: AudienceDraft;
  pinned: boolean;
  important: boolean;
  later: boolean;
  publishAt: Moment;
  expires: boolean;
  expiresAt: Moment;
}

function initialDraft(editing: NoticeDetailView | null, now: number): NoticeDraft {
  const tomorrow = now + 24 * 3600_000;
  if (!editing) {
    return {
      category: null, title: '', body: '', photos: [], audience: { level: 'community', ids: [] }, pinned: false, important: false,
      later: false, publishAt: momentOf(tomorrow), expires: false, expiresAt: momentOf(now + 7 * 24 * 3600_000),
    };
  }
  return {
    category: editing.category,
    title: editing.title,
    body: editing.body.join('\n'),
    photos: editing.editImages,
    audience: { level: editing.audience.level, ids: [] },
    pinned: editing.pinned,
    important: editing.important,
    later: false,
    publishAt: momentOf(editing.publishAt),
    expires: editing.expiresAt !== null,
    expiresAt: momentOf(editing.expiresAt ?? editing.publishAt + 7 * 24 * 3600_000),
  };
}

export type Checked =
  | { ok: true; kind: 'publish'; input: ActionInput<'notices.publish'> }
  | { ok: true; kind: 'edit'; input: ActionInput<'notices.edit'> }
  | { ok: false; fields: Record<string, string> };

export function useNoticeDraft(editing: NoticeDetailView | null) {
  const [draft, setDraft] = useState<NoticeDraft>(() => initialDraft(editing, Date.now()));
  const set = <K extends keyof NoticeDraft>(key: K, value: NoticeDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  /** The input to send, or each field's first problem. The raw input is sent: the server splits paragraphs itself. */
  const check = (): Checked => {
    const shared = {
      title: draft.title,
      body: draft.body,
      imageIds: draft.photos.map((photo) => photo.fileId),
      pinned: draft.pinned,
      expiresAt: draft.expires ? timeOf(draft.expiresAt) : null,
    };
    if (editing) {
      const input = { ...shared, noticeId: editing.id, version: editing.version };
      const checked = validate(EditNoticeInput, input);
      return checked.ok ? { ok: true, kind: 'edit', input } : { ok: false, fields: checked.fields };
    }
    const input = {
      ...shared,
      category: draft.category ?? undefined,
      audience: toAudience(draft.audience),
      important: draft.important,
      ...(draft.later ? { publishAt: timeOf(draft.publishAt) } : {}),
    };
    const checked = validate(PublishNoticeInput, input);
    return checked.ok ? { ok: true, kind: 'publish', input: input as ActionInput<'notices.publish'> } : { ok: false, fields: checked.fields };
  };

  return { draft, set, check };
}
