// The committee opens a vote (表决), for a topic under deliberation or on its own. Settings are checked against the
// statute; a topic moves to resolution in the same transaction the vote is written; the vote opens at its time.
import { randomBytes } from 'node:crypto';
import type { Vote } from '../../../src/domain/votes/types';
import { chinaTime, loadTopicAsCommittee } from '../councils/access';
import { moveTopic, systemNote } from '../councils/events';
import type { ActionHandler } from '../context';
import { conflict, forbidden } from '../errors';
import { openVote } from './lifecycle';
import { assertSettings, settingsFrom } from './settings';
import { newId } from '../../kit/ids';

export const newVoteId = (): string => newId('v');

export const createVote: ActionHandler<'votes.create'> = async (input, ctx) => {
  const { actor, store } = ctx;
  if (!actor.communityId) throw forbidden('council.committeeOnly');
  const now = ctx.clock.now();
  const vote: Vote = {
    ...settingsFrom(input, now),
    id: newVoteId(),
    communityId: actor.communityId,
    topicId: input.topicId ?? null,
    status: 'draft',
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
    turnout: 0,
    pseudonymKey: randomBytes(32).toString('hex'),
  };
  await assertSettings(store, vote, now);

  if (input.topicId) {
    const topic = await loadTopicAsCommittee(store, actor, input.topicId);
    if (topic.status !== 'deliberation') throw conflict('vote.topicNotReady');
    vote.communityId = topic.communityId;
    await moveTopic(ctx, topic, 'openVote', {
      kind: 'voteOpened',
      patch: { voteId: vote.id },
      note: systemNote('council.noteVote', { question: vote.question, closes: chinaTime(vote.closesAt) }),
      alongside: async (tx) => void (await tx.insert('votes', vote)),
    });
  } else {
    await store.insert('votes', vote);
  }
  await openVote(ctx, vote);
  return { id: vote.id };
};
