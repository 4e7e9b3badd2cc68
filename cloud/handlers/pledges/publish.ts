// The committee publishes a pledge: kind, title, clauses, term, who signs, a target count and a cover image.
import type { Pledge } from '../../../src/domain/pledges/types';
import { assertCleanText, checkPhotos, linkPendingChecks } from '../../kit/content';
import type { ActionHandler } from '../context';
import { newId } from '../../kit/ids';

export const publishPledge: ActionHandler<'pledges.publish'> = async (input, ctx) => {
  await assertCleanText(ctx, input.title, input.term, ...input.clauses);
  const checked = await checkPhotos(ctx, input.coverPhotoIds, 'coverPhotoIds');
  const now = ctx.clock.now();
  const pledge: Pledge = {
    id: newId('pl'),
    communityId: ctx.actor.communityId ?? '',
    kind: input.kind,
    title: input.title,
    clauses: input.clauses,
    term: input.term,
    audience: input.audience,
    target: input.target,
    cover: checked.photos,
    status: 'open',
    signedCount: 0,
    authorId: ctx.actor.userId,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.store.transaction(async (tx) => {
    pledge.cover = await linkPendingChecks(tx, { collection: 'pledges', docId: pledge.id, field: 'cover', now }, checked);
    await tx.insert('pledges', pledge);
  });
  return { id: pledge.id };
};
