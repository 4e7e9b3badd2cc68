// Who hears about a drive, through the kit's one notify path; times are written in China time, as the drive is.
import type { MessageParams } from '../../../src/domain/common/messages';
import type { Drive } from '../../../src/domain/drives/types';

export const driveLink = (driveId: string): string => `/features/drives/pages/detail/index?id=${encodeURIComponent(driveId)}`;

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** "11-22 09:00" in China time, the same in both languages. */
export function timeLabel(at: number): string {
  const d = new Date(at + CHINA_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "08:30" in China time. */
export const clockLabel = (at: number): string => timeLabel(at).slice(6);

export const driveParams = (drive: Pick<Drive, 'title' | 'startsAt' | 'place'>): MessageParams => ({
  title: drive.title,
  time: timeLabel(drive.startsAt),
  address: drive.place.address,
});
