// The open 随手拍 cases of the community a drive could take on: waiting or being handled below the street office,
// not hidden, not already taken on by another drive.
import { canOrganiseDrives } from '../../../src/domain/drives/rules';
import { ACTIVE_STATUSES } from '../../../src/domain/reports/status';
import type { Report } from '../../../src/domain/reports/types';
import type { ActionHandler } from '../context';
import { forbidden } from '../errors';
import { queueItems } from '../reports/views';
import { captainOf } from './access';

const LIMIT = 50;

export const openCases: ActionHandler<'drives.openCases'> = async (_input, ctx) => {
  const { store, actor } = ctx;
  if (!canOrganiseDrives(actor.role, (await captainOf(store, actor)) !== null)) throw forbidden('drive.organiseOnly');
  const reports = await store.find<Report>(
    'reports',
    { communityId: actor.communityId!, status: { $in: [...ACTIVE_STATUSES] }, hidden: false },
    { orderBy: [['createdAt', 'desc']], limit: LIMIT },
  );
  const open = reports.filter((report) => !report.takenOnBy && report.level !== 'street');
  return queueItems({ store, files: ctx.files, now: ctx.clock.now() }, open);
};
