// Problem report (随手拍) handlers, one per action of src/domain/reports/actions.ts.
import type { reportActions } from '../../../src/domain/reports/actions';
import type { HandlerTable } from '..';
import { acceptReport } from './accept';
import { adminList } from './adminList';
import { createOnBehalf, createReport } from './create';
import { reportDetail } from './detail';
import { escalateReport } from './escalate';
import { hideReport } from './hide';
import { communityMap } from './map';
import { markDuplicate } from './markDuplicate';
import { myReports } from './mine';
import { nearbyReports } from './nearby';
import { publicList } from './publicList';
import { handlerQueue } from './queue';
import { reassignReport } from './reassign';
import { reopenReport } from './reopen';
import { resolveReport } from './resolve';
import { startReport } from './start';
import { supportReport } from './support';
import { verifyReport } from './verify';

export const reportHandlers: Pick<HandlerTable, keyof typeof reportActions> = {
  'reports.map': communityMap,
  'reports.nearby': nearbyReports,
  'reports.create': createReport,
  'reports.createOnBehalf': createOnBehalf,
  'reports.support': supportReport,
  'reports.mine': myReports,
  'reports.detail': reportDetail,
  'reports.publicList': publicList,
  'reports.queue': handlerQueue,
  'reports.accept': acceptReport,
  'reports.start': startReport,
  'reports.escalate': escalateReport,
  'reports.resolve': resolveReport,
  'reports.verify': verifyReport,
  'reports.reopen': reopenReport,
  'reports.adminList': adminList,
  'reports.reassign': reassignReport,
  'reports.markDuplicate': markDuplicate,
  'reports.hide': hideReport,
};
