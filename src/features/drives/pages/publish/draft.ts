// The publish form's draft and how it becomes the action's input: dates and times are the organiser's China-time
// choices, a duration and a deadline rule; the place, the pools of places and the audience as picked.
import { useState } from 'react';
import type { ActionInput } from '@/domain/actions';
import type { DriveKind } from '@/domain/drives/kinds';
import type { LatLng } from '@/domain/geo';
import { chinaDate, chinaMoment, chinaParts } from '../../labels';

export type Deadline = 'start' | 'eveBefore';
export type Repeat = 'none' | 'weekly4' | 'weekly8';
export interface TaskDraft {
  name: string;
  capacity: string;
}

export interface Draft {
  title: string;
  kind: DriveKind;
  description: string;
  date: string;
  time: string;
  hours: number;
  deadline: Deadline;
  address: string;
  point: LatLng | null;
  radius: number | null;
  capacity: string;
  byTask: boolean;
  tasks: TaskDraft[];
  bring: string;
  coverIds: string[];
  gridId: string | null;
  repeat: Repeat;
  reportIds: string[];
}

/** The next Saturday at least two days away, in China time. */
export function nextSaturday(now: number): string {
  const { weekday } = chinaParts(now);
  let ahead = (6 - weekday + 7) % 7;
  if (ahead < 2) ahead += 7;
  return chinaDate(now + ahead * 24 * 3_600_000);
}

export function useDraft(now = Date.now()) {
  return useState<Draft>(() => ({
    title: '',
    kind: 'cleanup',
    description: '',
    date: nextSaturday(now),
    time: '09:00',
    hours: 2.5,
    deadline: 'eveBefore',
    address: '',
    point: null,
    radius: null,
    capacity: '10',
    byTask: false,
    tasks: [{ name: '', capacity: '' }],
    bring: '',
    coverIds: [],
    gridId: null,
    repeat: 'none',
    reportIds: [],
  }));
}

const REPEATS: Record<Repeat, { everyDays: 7; times: number } | undefined> = { none: undefined, weekly4: { everyDays: 7, times: 4 }, weekly8: { everyDays: 7, times: 8 } };

/** What the form sends; the cloud's own schema then checks it. */
export function inputOf(draft: Draft, fallbackPoint: LatLng | null): ActionInput<'drives.publish'> {
  const startsAt = chinaMoment(draft.date, draft.time);
  const point = draft.point ?? fallbackPoint;
  const input: ActionInput<'drives.publish'> = {
    title: draft.title,
    kind: draft.kind,
    description: draft.description,
    startsAt,
    endsAt: startsAt + draft.hours * 3_600_000,
    signUpBy: draft.deadline === 'start' ? startsAt : chinaMoment(chinaDate(startsAt - 24 * 3_600_000), '20:00'),
    place: { lat: point?.lat ?? Number.NaN, lng: point?.lng ?? Number.NaN, address: draft.address, radiusMeters: draft.radius },
    bring: draft.bring,
    coverPhotoIds: draft.coverIds,
    audience: draft.gridId ? { level: 'grid', ids: [draft.gridId] } : { level: 'community' },
    reportIds: draft.reportIds,
  };
  if (draft.byTask) input.tasks = draft.tasks.map((task) => ({ name: task.name, capacity: Number(task.capacity) || 0 }));
  else input.capacity = Number(draft.capacity) || 0;
  const repeat = REPEATS[draft.repeat];
  if (repeat) input.repeat = repeat;
  return input;
}
