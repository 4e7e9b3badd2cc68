// 随手拍: report → route → handle → verify → publish.
import { action } from '../catalogue';
import type { Page } from '../common/page';
import * as s from './schemas';
import type { CommunityMap, NearbyReport, PublicReportView, QueueItem, ReportDetailView } from './types';

interface Created { id: string }
interface Moved { id: string; status: ReportDetailView['status'] }

export const reportActions = {
  'reports.map': action<CommunityMap>()({ input: s.NoInput, roles: 'members' }),
  'reports.nearby': action<NearbyReport[]>()({ input: s.NearbyInput, roles: 'members' }),
  'reports.create': action<Created>()({ input: s.CreateReportInput, roles: 'members' }),
  'reports.createOnBehalf': action<Created>()({ input: s.CreateOnBehalfInput, roles: 'fieldStaff' }),
  'reports.support': action<{ supportCount: number }>()({ input: s.ReportId, roles: 'members' }),
  'reports.mine': action<Page<QueueItem>>()({ input: s.PageInput, roles: 'members' }),
  'reports.detail': action<ReportDetailView>()({ input: s.ReportId, roles: 'members' }),
  'reports.publicList': action<Page<PublicReportView>>()({ input: s.PublicListInput, roles: 'members' }),
  'reports.queue': action<QueueItem[]>()({ input: s.QueueInput, roles: 'handlers' }),
  'reports.accept': action<Moved>()({ input: s.ReportId, roles: 'handlers' }),
  'reports.start': action<Moved>()({ input: s.ReportId, roles: 'handlers' }),
  'reports.escalate': action<Moved>()({ input: s.EscalateInput, roles: 'handlers' }),
  // Open to members: a 志愿队长 resolves the cases their drive took on; canHandle decides who may.
  'reports.resolve': action<Moved>()({ input: s.ResolveInput, roles: 'members' }),
  'reports.verify': action<Moved>()({ input: s.VerifyInput, roles: 'members' }),
  'reports.reopen': action<Created>()({ input: s.ReopenInput, roles: 'members' }),
  'reports.adminList': action<Page<QueueItem>>()({ input: s.AdminListInput, roles: 'overseers' }),
  'reports.reassign': action<Moved>()({ input: s.ReassignInput, roles: 'committee' }),
  'reports.markDuplicate': action<Moved>()({ input: s.MarkDuplicateInput, roles: 'committee' }),
  'reports.hide': action<Moved>()({ input: s.HideInput, roles: 'committee' }),
} as const;
