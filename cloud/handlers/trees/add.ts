// The committee registers a tree: its number, species, spot, planted year, condition and photo. The number is
// part of the id, so registering it twice is refused by storage.
import { newTree } from '../../../src/domain/trees/newTree';
import { TREE_CODE } from '../../../src/domain/trees/sheet';
import { checkPhotos, linkPendingChecks } from '../../kit/content';
import { assertCleanText } from '../../kit/content';
import { DuplicateIdError } from '../../ports/store';
import type { ActionHandler } from '../context';
import { conflict, invalidField } from '../errors';
import { placerFor } from './placement';

export const addTree: ActionHandler<'trees.add'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const communityId = actor.communityId ?? '';
  if (!TREE_CODE.test(input.code)) throw invalidField('code', 'tree.codeRequired');
  await assertCleanText(ctx, input.spot);
  const checked = await checkPhotos(ctx, input.photoIds, 'photoIds');
  const now = ctx.clock.now();
  const placed = (await placerFor(store, communityId)).place(input);
  const tree = newTree({ ...input, ...placed, communityId, photos: checked.photos, now });
  try {
    await store.transaction(async (tx) => {
      tree.photos = await linkPendingChecks(tx, { collection: 'trees', docId: tree.id, field: 'photos', now }, checked);
      await tx.insert('trees', tree);
    });
  } catch (error) {
    if (error instanceof DuplicateIdError) throw conflict('tree.codeTaken', { code: input.code });
    throw error;
  }
  return { id: tree.id };
};
