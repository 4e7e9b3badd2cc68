// 议事会: the committee sets the time and place and whom it invites (by building, grid or the whole community);
// the invitees are told. Scheduling again moves the meeting; the timeline keeps both.
import { ACTIVE_TOPIC_STATUSES } from '../../../src/domain/councils/machine';
import { notify } from '../../kit/notify';
import { assertCleanText } from '../../kit/content';
import type { ActionHandler } from '../context';
import { conflict } from '../errors';
import { assertPlaces, chinaTime, loadTopicAsCommittee } from './access';
import { recordTopicEvent, systemNote } from './events';
import { membersIn, topicLink } from './notify';

export const scheduleMeeting: ActionHandler<'topics.scheduleMeeting'> = async (input, ctx) => {
  const topic = await loadTopicAsCommittee(ctx.store, ctx.actor, input.topicId);
  if (!ACTIVE_TOPIC_STATUSES.includes(topic.status) || topic.status === 'proposal') throw conflict('council.meetingClosedTopic');
  await assertPlaces(ctx.store, topic.communityId, input.audience);
  await assertCleanText(ctx, input.place);
  const now = ctx.clock.now();
  const meeting = { at: input.at, place: input.place, audience: input.audience, scheduledAt: now };
  const when = chinaTime(input.at);
  const moved = await recordTopicEvent(ctx, topic, 'meetingScheduled', { patch: { meeting }, note: systemNote('council.noteMeeting', { at: when, place: input.place }) });
  await notify(ctx, await membersIn(ctx.store, topic.communityId, input.audience), {
    communityId: topic.communityId,
    kind: 'council.meeting',
    params: { title: topic.title, at: when, place: input.place },
    link: topicLink(topic.id),
  });
  return { id: moved.id, status: moved.status };
};
