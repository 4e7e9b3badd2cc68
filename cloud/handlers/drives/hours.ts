// The organiser's attendance sheet, confirming hours (a batch, with per-person corrections and their reasons —
// never past the window), and the 签到表 export. Only confirmed hours ever count for a volunteer.
import { msg } from '../../../src/domain/common/messages';
import { checkCorrection, confirmation, hoursOf } from '../../../src/domain/drives/hours';
import type { Member } from '../../../src/domain/membership/types';
import { recordAct } from '../../kit/acts';
import { memberId } from '../actor';
import { SIGNUP_LABELS } from '../../../src/domain/drives/status';
import type { Drive, Signup } from '../../../src/domain/drives/types';
import { notify } from '../../kit/notify';
import { csvOf, xlsxOf, type SheetSpec } from '../../kit/sheet';
import type { ActionHandler } from '../context';
import { ActionError, conflict } from '../errors';
import { loadManaged } from './access';
import { closeAttendance } from './close';
import { driveLink, timeLabel } from './notify';
import { attendanceView } from './views';

export const attendance: ActionHandler<'drives.attendance'> = async (input, ctx) => {
  const drive = await loadManaged(ctx.store, ctx.actor, input.driveId);
  return attendanceView({ store: ctx.store, now: ctx.clock.now() }, drive);
};

const refuseField = (field: string, reason: string, params?: Record<string, number>) =>
  new ActionError('INVALID_INPUT', reason, { params, fields: { [field]: msg(reason, params) } });

export const confirmHours: ActionHandler<'drives.confirmHours'> = async (input, ctx) => {
  const { store, actor } = ctx;
  let drive = await loadManaged(store, actor, input.driveId);
  const now = ctx.clock.now();
  if (now < drive.endsAt) throw conflict('drive.notEnded');
  if (await closeAttendance(store, drive, now)) drive = (await store.get<Drive>('drives', drive.id)) ?? drive;
  const attended = await store.find<Signup>('driveSignups', { driveId: drive.id, status: 'checked_out' });
  const byId = new Map(attended.map((signup) => [signup.id, signup]));
  input.corrections.forEach((correction, index) => {
    if (!byId.has(correction.signupId)) throw refuseField(`corrections.${index}.signupId`, 'drive.notAttended');
    const check = checkCorrection(drive, correction.minutes);
    if (check.kind === 'over_window') throw refuseField(`corrections.${index}.minutes`, 'drive.hoursOverWindow', { max: check.max });
  });
  const corrections = new Map(input.corrections.map((correction) => [correction.signupId, correction]));
  // Already confirmed hours stay as they were unless this batch corrects them.
  const writing = attended.filter((signup) => !signup.hours || corrections.has(signup.id));
  const written = await store.transaction(async (tx) => {
    const done: Array<{ signup: Signup; minutes: number }> = [];
    for (const signup of writing) {
      const hours = confirmation(drive, signup, actor.userId, now, corrections.get(signup.id));
      if (!(await tx.update('driveSignups', signup.id, { hours, updatedAt: now }, { status: 'checked_out' }))) continue;
      done.push({ signup, minutes: hours.minutes });
      // Confirmed hours are a verified act (践诺 on the pledge walls); a walk-in without an account has none.
      if (signup.userId) {
        const householdId = (await tx.get<Member>('members', memberId(drive.communityId, signup.userId)))?.householdId ?? null;
        const params = { title: drive.title, hours: hoursOf(hours.minutes) };
        await recordAct(tx, { sourceId: signup.id, communityId: drive.communityId, userId: signup.userId, householdId, kind: 'volunteer.hours', params, link: driveLink(drive.id), at: now });
      }
    }
    await tx.update('drives', drive.id, { hoursConfirmedAt: now, updatedAt: now });
    return done;
  });
  for (const { signup, minutes } of written) {
    await notify(ctx, [signup.userId], { communityId: drive.communityId, kind: 'drive.hoursConfirmed', params: { title: drive.title, hours: hoursOf(minutes) }, link: driveLink(drive.id) });
  }
  return { confirmed: written.length };
};

const CHECK_BY = { self: '本人扫码', proxy: '组织者代签', auto: '活动结束自动签退' } as const;

function sheetOf(drive: Drive, view: Awaited<ReturnType<typeof attendanceView>>): SheetSpec {
  const taskName = (key: string) => drive.tasks.find((task) => task.key === key)?.name ?? '';
  return {
    header: ['序号', '姓名', '分工', '状态', '签到时间', '签到方式', '签退时间', '签退方式', '计算时长（小时）', '确认时长（小时）', '更正原因'],
    widths: [6, 14, 10, 10, 14, 12, 14, 16, 16, 16, 24],
    rows: view.rows.map((row, index) => [
      index + 1,
      row.walkIn ? `${row.name}（代签）` : row.name,
      taskName(row.taskKey),
      SIGNUP_LABELS[row.status].zh,
      row.checkedInAt === null ? null : timeLabel(row.checkedInAt),
      row.checkInBy ? CHECK_BY[row.checkInBy] : null,
      row.checkedOutAt === null ? null : timeLabel(row.checkedOutAt),
      row.checkOutBy ? CHECK_BY[row.checkOutBy] : null,
      hoursOf(row.computedMinutes),
      row.confirmedMinutes === null ? null : hoursOf(row.confirmedMinutes),
      row.reason,
    ]),
  };
}

/** 签到表 of one drive as .xlsx or CSV (UTF-8 with BOM), for the committee's records. */
export const signInSheet: ActionHandler<'drives.sheet'> = async (input, ctx) => {
  const drive = await loadManaged(ctx.store, ctx.actor, input.driveId);
  const sheet = sheetOf(drive, await attendanceView({ store: ctx.store, now: ctx.clock.now() }, drive));
  const day = timeLabel(drive.startsAt).slice(0, 5);
  const name = `签到表-${drive.title}-${day}`.replace(/[\\/:*?"<>|]/g, '-');
  if (input.format === 'csv') return { filename: `${name}.csv`, mime: 'text/csv; charset=utf-8', base64: csvOf(sheet).toString('base64') };
  return { filename: `${name}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: (await xlsxOf(sheet)).toString('base64') };
};
