// 会议纪要: published on the topic once its meeting has been held, with photos that pass the content check.
import { canPublishMinutes } from '../../../src/domain/councils/rules';
import { assertCleanText, checkPhotos, linkPendingChecks } from '../../kit/content';
import type { ActionHandler } from '../context';
import { conflict } from '../errors';
import { loadTopicAsCommittee } from './access';
import { recordTopicEvent } from './events';

export const publishMinutes: ActionHandler<'topics.publishMinutes'> = async (input, ctx) => {
  const topic = await loadTopicAsCommittee(ctx.store, ctx.actor, input.topicId);
  const now = ctx.clock.now();
  if (!topic.meeting) throw conflict('council.noMeeting');
  if (!canPublishMinutes(topic, now)) throw conflict('council.minutesBeforeMeeting');
  await assertCleanText(ctx, input.text);
  const checked = await checkPhotos(ctx, input.photoIds, 'photoIds');
  const moved = await recordTopicEvent(ctx, topic, 'minutesPublished', {
    patch: { minutes: { text: input.text, publishedAt: now } },
    alongside: async (tx) => {
      const photos = await linkPendingChecks(tx, { collection: 'topics', docId: topic.id, field: 'minutesPhotos', now }, checked);
      await tx.update('topics', topic.id, { minutesPhotos: photos });
    },
  });
  return { id: moved.id, status: moved.status };
};
