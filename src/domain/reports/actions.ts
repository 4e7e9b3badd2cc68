// 随手拍: report → route → handle → verify → publish.
import { action, HANDLERS, MEMBERS } from '../catalogue';
import type { ActorRole } from '../roles';
import * as s from './schemas';
import type { CommunityMap, NearbyReport, Page, PublicReportView, QueueItem, ReportDetailView } from './types';

const COMMITTEE: readonly ActorRole[] = ['committee'];
const FIELD_STAFF: readonly ActorRole[] = ['grid_worker', 'committee'];
const OVERSEERS: readonly ActorRole[] = ['committee', 'street'];

interface Created { id: string }
interface Moved { id: string; status: ReportDetailView['status'] }

export const reportActions = {
  'reports.map': action<CommunityMap>()({ input: s.NoInput, roles: MEMBERS }),
  'reports.nearby': action<NearbyReport[]>()({ input: s.NearbyInput, roles: MEMBERS }),
  'reports.create': action<Created>()({ input: s.CreateReportInput, roles: MEMBERS }),
  'reports.createOnBehalf': action<Created>()({ input: s.CreateOnBehalfInput, roles: FIELD_STAFF }),
  'reports.support': action<{ supportCount: number }>()({ input: s.ReportId, roles: MEMBERS }),
  'reports.mine': action<Page<QueueItem>>()({ input: s.PageInput, roles: MEMBERS }),
  'reports.detail': action<ReportDetailView>()({ input: s.ReportId, roles: MEMBERS }),
  'reports.publicList': action<Page<PublicReportView>>()({ input: s.PublicListInput, roles: MEMBERS }),
  'reports.queue': action<QueueItem[]>()({ input: s.QueueInput, roles: HANDLERS }),
  'reports.accept': action<Moved>()({ input: s.ReportId, roles: HANDLERS }),
  'reports.start': action<Moved>()({ input: s.ReportId, roles: HANDLERS }),
  'reports.escalate': action<Moved>()({ input: s.EscalateInput, roles: HANDLERS }),
  'reports.resolve': action<Moved>()({ input: s.ResolveInput, roles: HANDLERS }),
  'reports.verify': action<Moved>()({ input: s.VerifyInput, roles: MEMBERS }),
  'reports.reopen': action<Created>()({ input: s.ReopenInput, roles: MEMBERS }),
  'reports.adminList': action<Page<QueueItem>>()({ input: s.AdminListInput, roles: OVERSEERS }),
  'reports.reassign': action<Moved>()({ input: s.ReassignInput, roles: COMMITTEE }),
  'reports.markDuplicate': action<Moved>()({ input: s.MarkDuplicateInput, roles: COMMITTEE }),
  'reports.hide': action<Moved>()({ input: s.HideInput, roles: COMMITTEE }),
} as const;
