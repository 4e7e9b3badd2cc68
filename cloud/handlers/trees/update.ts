// The committee corrects a tree's facts (species, spot, planted year, heritage, photos, position). A new position
// routes it again. Its condition changes only through care logs, so a sick tree always opens a case.
import { assertCleanText, checkPhotos, linkPendingChecks } from '../../kit/content';
import type { ActionHandler } from '../context';
import { conflict } from '../errors';
import { loadTree } from './access';
import { placerFor } from './placement';

export const updateTree: ActionHandler<'trees.update'> = async (input, ctx) => {
  const { store } = ctx;
  const tree = await loadTree(store, input.treeId);
  const now = ctx.clock.now();
  if (input.spot) await assertCleanText(ctx, input.spot);
  const checked = input.photoIds ? await checkPhotos(ctx, input.photoIds, 'photoIds') : null;

  const patch: Record<string, unknown> = { updatedAt: now };
  for (const field of ['species', 'spot', 'plantedYear', 'heritage'] as const) if (input[field] !== undefined) patch[field] = input[field];
  if (input.lat !== undefined || input.lng !== undefined) {
    const point = { lat: input.lat ?? tree.lat, lng: input.lng ?? tree.lng };
    Object.assign(patch, point, (await placerFor(store, tree.communityId)).place(point));
  }
  await store.transaction(async (tx) => {
    if (checked) patch.photos = await linkPendingChecks(tx, { collection: 'trees', docId: tree.id, field: 'photos', now }, checked);
    if (!(await tx.update('trees', tree.id, patch, { updatedAt: tree.updatedAt }))) throw conflict('common.stale');
  });
  return { id: tree.id };
};
