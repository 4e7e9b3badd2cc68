// Publishing a drive (or a weekly series of them) by the committee or a 志愿队长: text and cover pass content
// security, the audience must be places of the community, and each drive lands with its pools of places and its
// list rows in one transaction. Open 随手拍 cases it takes on are claimed in the same transaction (a case can be
// taken on by one drive only), accepted if still waiting, and their reporters told.
import { audienceKeys } from '../../../src/domain/common/scope';
import { canOrganiseDrives, seriesStarts } from '../../../src/domain/drives/rules';
import { ALL_PLACES, type Drive, type DriveSlot } from '../../../src/domain/drives/types';
import { ACTIVE_STATUSES } from '../../../src/domain/reports/status';
import type { Report } from '../../../src/domain/reports/types';
import { checkAudience } from '../../kit/audience';
import { assertCleanText, checkPhotos, linkPendingChecks } from '../../kit/content';
import { notify } from '../../kit/notify';
import type { StoreTx } from '../../ports/store';
import type { ActionHandler, HandlerContext } from '../context';
import { conflict, forbidden, invalidField } from '../errors';
import { loadCommunity } from '../reports/access';
import { eventOf } from '../reports/events';
import { reportLink, subjectOf } from '../reports/notify';
import { captainOf, slotIdOf } from './access';
import { newId } from '../../kit/ids';

export const newDriveId = (): string => newId('d');

/** Claims each case for the drive inside its transaction; answers the cases it accepted on the way. */
async function takeOnCases(tx: StoreTx, ctx: HandlerContext, drive: Drive, now: number): Promise<Report[]> {
  const taken: Report[] = [];
  for (const reportId of drive.reportIds) {
    const report = await tx.get<Report>('reports', reportId);
    if (!report || report.hidden) throw invalidField('reportIds', 'drive.caseNotFound');
    if (!ACTIVE_STATUSES.includes(report.status) || report.level === 'street') throw invalidField('reportIds', 'drive.caseNotOpen');
    if (report.takenOnBy) throw conflict('drive.caseTaken');
    const accepting = report.status === 'submitted';
    const patch = { takenOnBy: { driveId: drive.id, organiserId: ctx.actor.userId }, updatedAt: now, ...(accepting ? { status: 'accepted', handlerId: ctx.actor.userId } : {}) };
    if (!(await tx.update('reports', report.id, patch, { status: report.status, takenOnBy: null }))) throw conflict('drive.caseTaken');
    const note = `@drive.noteTakenOn?title=${encodeURIComponent(drive.title)}`;
    await tx.insert('reportEvents', eventOf(report.id, 'taken_on', accepting ? 'accepted' : report.status, ctx.actor, now, note));
    if (accepting) taken.push(report);
  }
  return taken;
}

export const publishDrive: ActionHandler<'drives.publish'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const captain = await captainOf(store, actor);
  if (!canOrganiseDrives(actor.role, captain !== null)) throw forbidden('drive.organiseOnly');
  const community = await loadCommunity(store, actor.communityId);
  const now = ctx.clock.now();
  if (input.startsAt <= now) throw invalidField('startsAt', 'drive.startInFuture');
  const audience = await checkAudience(store, community.id, input.audience);
  await assertCleanText(ctx, input.title, input.description, input.bring, input.place.address, ...input.tasks.map((task) => task.name));
  const checked = await checkPhotos(ctx, input.coverPhotoIds, 'coverPhotoIds');

  const tasks = input.tasks.map((task, index) => ({ key: `t${index + 1}`, name: task.name, capacity: task.capacity }));
  const capacity = tasks.length ? tasks.reduce((sum, task) => sum + task.capacity, 0) : input.capacity!;
  const length = input.endsAt - input.startsAt;
  const lead = input.startsAt - (input.signUpBy ?? input.startsAt);
  const ids = seriesStarts(input.startsAt, input.repeat).map((startsAt) => ({ id: newDriveId(), startsAt }));
  const drives: Drive[] = ids.map(({ id, startsAt }, index) => ({
    id,
    communityId: community.id,
    streetId: community.streetId,
    seriesId: ids[0]!.id,
    title: input.title,
    kind: input.kind,
    description: input.description,
    bring: input.bring,
    startsAt,
    endsAt: startsAt + length,
    signUpBy: startsAt - lead,
    place: { ...input.place, radiusMeters: input.place.radiusMeters ?? null },
    capacity,
    tasks,
    cover: [],
    audience,
    organiserId: actor.userId,
    organiser: actor.role === 'committee' ? 'committee' : 'captain',
    team: actor.role === 'committee' ? null : captain?.team ?? null,
    // A series takes its cases on with its first date.
    reportIds: index === 0 ? [...new Set(input.reportIds)] : [],
    placesLeft: capacity,
    closedAt: null,
    hoursConfirmedAt: null,
    createdAt: now,
    updatedAt: now,
  }));

  const accepted = await store.transaction(async (tx) => {
    const head = drives[0]!;
    head.cover = await linkPendingChecks(tx, { collection: 'drives', docId: head.id, field: 'cover', now }, checked);
    for (const drive of drives) {
      await tx.insert('drives', drive);
      for (const pool of tasks.length ? tasks : [{ key: ALL_PLACES, capacity }]) {
        const slot: DriveSlot = { id: slotIdOf(drive.id, pool.key), driveId: drive.id, communityId: drive.communityId, taskKey: pool.key, capacity: pool.capacity, taken: 0, seq: 0 };
        await tx.insert('driveSlots', slot);
      }
      for (const key of audienceKeys(drive.audience)) {
        await tx.insert('driveListings', { id: `${drive.id}:${key}`, driveId: drive.id, communityId: drive.communityId, key, kind: drive.kind, startsAt: drive.startsAt, endsAt: drive.endsAt });
      }
    }
    return takeOnCases(tx, ctx, head, now);
  });

  for (const report of accepted) {
    await notify(ctx, [report.reporterId], { communityId: report.communityId, kind: 'report.accepted', params: subjectOf(report), link: reportLink(report.id) });
  }
  return { ids: drives.map((drive) => drive.id) };
};
