// Inputs of council actions (topics, meetings, votes, the property register); the forms validate with the same.
import * as v from 'valibot';
import { msg } from '../common/messages';
import { PageCursor } from '../common/page';
import { id, optionalText, text, timestamp } from '../common/schemas';
import { AudienceInput } from '../common/scope';
import { VOTE_RULES } from '../votes/statutes';
import { TOPIC_STAGES } from './machine';

const before = v.optional(PageCursor);
const somePhotos = v.optional(v.pipe(v.array(id), v.maxLength(9, msg('field.maxPhotos', { max: 9 }))), []);
const count = (min: number, max: number, message: string) => v.pipe(v.number(msg(message)), v.integer(msg(message)), v.minValue(min, msg(message)), v.maxValue(max, msg(message)));

export const TopicId = v.object({ topicId: id });

export const ProposeTopicInput = v.object({
  title: text(40, 'council.titleRequired'),
  description: text(1000, 'council.describe'),
  photoIds: somePhotos,
  audience: AudienceInput,
});

export const TopicListInput = v.optional(
  v.object({ stage: v.optional(v.picklist(Object.keys(TOPIC_STAGES) as Array<keyof typeof TOPIC_STAGES>), 'all'), before }),
  {},
);

export const CommentInput = v.object({ topicId: id, text: text(500, 'council.commentRequired'), photoIds: somePhotos });
export const CommentsInput = v.object({ topicId: id, before });

export const NoteInput = v.object({ topicId: id, note: optionalText(200) });
export const MergeInput = v.object({ topicId: id, into: id });
export const DeclineInput = v.object({ topicId: id, reason: text(200, 'council.reasonRequired') });

export const ScheduleMeetingInput = v.object({
  topicId: id,
  at: timestamp,
  place: text(60, 'council.placeRequired'),
  audience: AudienceInput,
});

export const MinutesInput = v.object({ topicId: id, text: text(2000, 'council.minutesRequired'), photoIds: somePhotos });
export const ResultInput = v.object({ topicId: id, text: text(1000, 'council.resultRequired'), photoIds: somePhotos });
export const ImplementInput = v.object({ topicId: id, note: text(200, 'council.planRequired') });

export const SettingsInput = v.object({
  supportNeeded: count(1, 500, 'council.supportNeededRange'),
  supportDays: count(1, 90, 'council.supportDaysRange'),
});

const fraction = v.pipe(
  v.tuple([count(0, 100, 'vote.shareRange'), count(1, 100, 'vote.shareRange')]),
  v.check(([n, d]) => n <= d, msg('vote.shareRange')),
);
const Share = v.union([v.strictObject({ atLeast: fraction }), v.strictObject({ moreThan: fraction })], msg('vote.shareRange'));

export const ElectorateInput = v.object({
  kind: v.picklist(['residents', 'households', 'owners', 'listed'], msg('vote.pickElectorate')),
  audience: AudienceInput,
  units: v.optional(v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(10))), v.maxLength(20))),
  memberIds: v.optional(v.pipe(v.array(id), v.maxLength(500))),
});

export const VoteSettingsInput = v.object({
  question: text(100, 'vote.questionRequired'),
  kind: v.picklist(['yes_no', 'options']),
  /** Labels of a vote with options (2–10); ignored for yes / no / abstain. */
  options: v.optional(v.pipe(v.array(text(40, 'vote.optionRequired')), v.maxLength(10, msg('vote.tooManyOptions'))), []),
  maxChoices: v.optional(count(1, 10, 'vote.maxChoices'), 1),
  rule: v.picklist(VOTE_RULES, msg('vote.pickRule')),
  matter: v.optional(v.picklist(['ordinary', 'major'])),
  quorum: v.optional(Share),
  threshold: v.optional(Share),
  electorate: ElectorateInput,
  secret: v.optional(v.boolean(), true),
  /** Omitted: opens now. */
  opensAt: v.optional(timestamp),
  closesAt: timestamp,
});

export const CreateVoteInput = v.object({ ...VoteSettingsInput.entries, topicId: v.optional(id) });
export const UpdateVoteInput = v.object({ ...VoteSettingsInput.entries, voteId: id });

export const VoteId = v.object({ voteId: id });
export const VoteListInput = v.optional(v.object({ before }), {});

const choice = v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(20))), v.maxLength(10));
export const CastInput = v.object({ voteId: id, choice });
export const CastPaperInput = v.object({
  voteId: id,
  voterKey: id,
  choice,
  channel: v.picklist(['meeting', 'door'], msg('vote.pickChannel')),
});
export const ElectorsInput = v.object({ voteId: id, before });

export const UnitsInput = v.optional(v.object({ buildingId: v.optional(id) }), {});
export const SaveUnitInput = v.object({
  unitId: v.optional(id),
  buildingId: id,
  unit: text(10, 'register.unitRequired'),
  room: text(10, 'register.roomRequired'),
  area: v.pipe(v.string(), v.trim(), v.regex(/^\d{1,9}(\.\d{1,2})?$/, msg('register.badArea'))),
  ownerName: text(30, 'register.ownerRequired'),
  developer: v.optional(v.boolean(), false),
});
export const UnitId = v.object({ unitId: id });
export const ImportUnitsInput = v.object({
  format: v.picklist(['csv', 'xlsx'], msg('register.pickFormat')),
  /** CSV text, or the .xlsx file in base64. */
  content: v.pipe(v.string(), v.minLength(1, msg('register.emptySheet')), v.maxLength(200_000, msg('register.sheetTooLarge'))),
});
export const BindOwnerInput = v.object({ unitId: id, userId: id });
