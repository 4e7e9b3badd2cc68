// 居民议事 and 表决: topics from proposal to accepted work (四议两公开), votes under the statutory rules, and the
// property register owners' votes are counted on.
import { action } from '../catalogue';
import type { Page } from '../common/page';
import { NoInput } from '../common/schemas';
import type { TallyInput } from '../votes/tally';
import type { ElectorRow, VoteListItem, VoteView } from '../votes/types';
import * as s from './schemas';
import type { CommentView, CouncilSettings, RegisterView, TopicDetailView, TopicListItem, TopicStatus } from './types';

interface Created { id: string }
interface Moved { id: string; status: TopicStatus }
type Settings = Pick<CouncilSettings, 'supportNeeded' | 'supportDays'>;
/** The caller's own building and grid, for proposing a topic for where they live. */
export interface MyPlace {
  building: { id: string; name: string } | null;
  grid: { id: string; name: string } | null;
}

export const councilActions = {
  'councils.settings': action<Settings & { place: MyPlace }>()({ input: NoInput, roles: 'members' }),
  'councils.updateSettings': action<Settings>()({ input: s.SettingsInput, roles: 'committee' }),

  'topics.list': action<Page<TopicListItem>>()({ input: s.TopicListInput, roles: 'members' }),
  'topics.detail': action<TopicDetailView>()({ input: s.TopicId, roles: 'members' }),
  'topics.propose': action<Created>()({ input: s.ProposeTopicInput, roles: 'members' }),
  'topics.support': action<{ supportCount: number; status: TopicStatus }>()({ input: s.TopicId, roles: 'members' }),
  'topics.comments': action<Page<CommentView>>()({ input: s.CommentsInput, roles: 'members' }),
  'topics.comment': action<Created>()({ input: s.CommentInput, roles: 'members' }),
  'topics.putOnAgenda': action<Moved>()({ input: s.NoteInput, roles: 'committee' }),
  'topics.merge': action<Moved>()({ input: s.MergeInput, roles: 'committee' }),
  'topics.decline': action<Moved>()({ input: s.DeclineInput, roles: 'committee' }),
  'topics.scheduleMeeting': action<Moved>()({ input: s.ScheduleMeetingInput, roles: 'committee' }),
  'topics.publishMinutes': action<Moved>()({ input: s.MinutesInput, roles: 'committee' }),
  'topics.reconsider': action<Moved>()({ input: s.NoteInput, roles: 'committee' }),
  'topics.implement': action<Moved>()({ input: s.ImplementInput, roles: 'committee' }),
  'topics.accept': action<Moved>()({ input: s.ResultInput, roles: 'committee' }),

  'votes.list': action<Page<VoteListItem>>()({ input: s.VoteListInput, roles: 'members' }),
  'votes.detail': action<VoteView>()({ input: s.VoteId, roles: 'members' }),
  'votes.create': action<Created>()({ input: s.CreateVoteInput, roles: 'committee' }),
  'votes.update': action<Created>()({ input: s.UpdateVoteInput, roles: 'committee' }),
  'votes.cast': action<{ voted: true }>()({ input: s.CastInput, roles: 'members' }),
  'votes.castPaper': action<{ voted: true }>()({ input: s.CastPaperInput, roles: 'committee' }),
  'votes.electors': action<Page<ElectorRow>>()({ input: s.ElectorsInput, roles: 'committee' }),
  'votes.tallyFile': action<TallyInput>()({ input: s.VoteId, roles: 'committee' }),

  'register.units': action<RegisterView>()({ input: s.UnitsInput, roles: 'committee' }),
  'register.saveUnit': action<Created>()({ input: s.SaveUnitInput, roles: 'committee' }),
  'register.removeUnit': action<{ removed: true }>()({ input: s.UnitId, roles: 'committee' }),
  'register.import': action<{ created: number; updated: number }>()({ input: s.ImportUnitsInput, roles: 'committee' }),
  'register.candidates': action<Array<{ userId: string; nickname: string; householdLabel: string | null }>>()({ input: s.UnitId, roles: 'committee' }),
  'register.bind': action<{ bound: true }>()({ input: s.BindOwnerInput, roles: 'committee' }),
  'register.unbind': action<{ unbound: true }>()({ input: s.BindOwnerInput, roles: 'committee' }),
} as const;
