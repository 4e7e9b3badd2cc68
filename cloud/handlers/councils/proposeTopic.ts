// A resident proposes a topic (议题) for their building, grid or the whole community; text and photos pass the
// content check, N and D are the community's settings of the day. A committee topic goes on the agenda at once.
import { inAudience } from '../../../src/domain/common/scope';
import type { Topic } from '../../../src/domain/councils/types';
import { assertCleanText, checkPhotos, linkPendingChecks } from '../../kit/content';
import type { ActionHandler } from '../context';
import { forbidden } from '../errors';
import { assertPlaces, settingsOf } from './access';
import { newTopicId, topicEvent } from './events';

const DAY_MS = 24 * 3_600_000;

export const proposeTopic: ActionHandler<'topics.propose'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const communityId = actor.communityId!;
  await assertPlaces(store, communityId, input.audience);
  const committee = actor.role === 'committee';
  if (!committee && !inAudience(actor, input.audience)) throw forbidden('council.proposeWhereYouLive');
  await assertCleanText(ctx, input.title, input.description);
  const checked = await checkPhotos(ctx, input.photoIds, 'photoIds');
  const settings = await settingsOf(store, communityId);
  const now = ctx.clock.now();
  const topic: Topic = {
    id: newTopicId(),
    communityId,
    title: input.title,
    description: input.description,
    photos: checked.photos,
    audience: input.audience,
    proposerId: actor.userId,
    byCommittee: committee,
    status: committee ? 'deliberation' : 'proposal',
    supportCount: 0,
    supportNeeded: settings.supportNeeded,
    supportUntil: now + settings.supportDays * DAY_MS,
    minutesPhotos: [],
    resultPhotos: [],
    createdAt: now,
    updatedAt: now,
  };
  await store.transaction(async (tx) => {
    topic.photos = await linkPendingChecks(tx, { collection: 'topics', docId: topic.id, field: 'photos', now }, checked);
    await tx.insert('topics', topic);
    await tx.insert('topicEvents', topicEvent(topic.id, 'proposed', 'proposal', actor, now));
    if (committee) await tx.insert('topicEvents', topicEvent(topic.id, 'putOnAgenda', 'deliberation', actor, now));
  });
  return { id: topic.id };
};
