// 树木认养: the committee's registry, adoption for a term, care logs with photos, verification and attention lists.
import { action } from '../catalogue';
import type { Page } from '../common/page';
import * as s from './schemas';
import type {
  AttentionView,
  CareLogView,
  CertificateView,
  ImportResult,
  MyTree,
  PendingCareView,
  TreeDetailView,
  TreesInView,
  Verification,
} from './types';

export const treeActions = {
  'trees.inView': action<TreesInView>()({ input: s.InViewInput, roles: 'members' }),
  'trees.detail': action<TreeDetailView>()({ input: s.TreeId, roles: 'members' }),
  'trees.careLogs': action<Page<CareLogView>>()({ input: s.CareLogsInput, roles: 'members' }),
  'trees.mine': action<MyTree[]>()({ input: s.NoInput, roles: 'members' }),
  'trees.adopt': action<{ adoptionId: string; endsAt: number }>()({ input: s.AdoptInput, roles: 'members' }),
  'trees.renew': action<{ adoptionId: string; endsAt: number }>()({ input: s.AdoptionId, roles: 'members' }),
  'trees.endAdoption': action<{ adoptionId: string }>()({ input: s.AdoptionId, roles: 'members' }),
  'trees.logCare': action<{ id: string; caseId: string | null }>()({ input: s.LogCareInput, roles: 'members' }),
  'trees.certificate': action<CertificateView>()({ input: s.AdoptionId, roles: 'members' }),
  'trees.pendingCare': action<PendingCareView[]>()({ input: s.NoInput, roles: 'fieldStaff' }),
  'trees.verifyCare': action<{ id: string; verification: Verification }>()({ input: s.VerifyCareInput, roles: 'fieldStaff' }),
  'trees.attention': action<AttentionView>()({ input: s.NoInput, roles: 'committee' }),
  'trees.add': action<{ id: string }>()({ input: s.AddTreeInput, roles: 'committee' }),
  'trees.update': action<{ id: string }>()({ input: s.UpdateTreeInput, roles: 'committee' }),
  'trees.import': action<ImportResult>()({ input: s.ImportTreesInput, roles: 'committee' }),
  'trees.addBelt': action<{ id: string }>()({ input: s.AddBeltInput, roles: 'committee' }),
} as const;
