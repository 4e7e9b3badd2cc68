// 民意调查: the committee asks, residents answer once (per person or per household), everyone sees the count.
import { action } from '../catalogue';
import type { Page } from '../common/page';
import { NoInput } from '../common/schemas';
import * as s from './schemas';
import type { CsvExport, PollDetail, PollResults, PollSummary } from './types';

export const pollActions = {
  'polls.create': action<{ id: string }>()({ input: s.CreatePollInput, roles: 'overseers' }),
  'polls.update': action<{ id: string }>()({ input: s.UpdatePollInput, roles: 'overseers' }),
  'polls.list': action<Page<PollSummary>>()({ input: s.ListPollsInput, roles: 'members' }),
  'polls.pending': action<PollSummary[]>()({ input: NoInput, roles: 'members' }),
  'polls.detail': action<PollDetail>()({ input: s.DetailInput, roles: 'members' }),
  /** Anonymous polls answer a receipt: the answering device keeps it to show its own answers again. */
  'polls.respond': action<{ status: 'answered'; receipt: string | null }>()({ input: s.RespondInput, roles: 'members' }),
  'polls.results': action<PollResults>()({ input: s.PollId, roles: 'members' }),
  'polls.exportCsv': action<CsvExport>()({ input: s.ExportInput, roles: 'overseers' }),
  'polls.close': action<{ id: string; phase: 'closed' }>()({ input: s.PollId, roles: 'overseers' }),
} as const;
