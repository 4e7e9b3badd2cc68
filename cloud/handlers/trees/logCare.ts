// 养护记录: the adopter (or the tree's staff) logs care with a photo and a note; any neighbour may report sickness.
// The log, the tree's last care and condition, and the adoption's last care land in one transaction; a sickness
// found, or a tree found diseased or dead, then opens the tree's 随手拍 case.
import { careActsFor, isAdopterOf, isLive, isStaffFor, opensCase } from '../../../src/domain/trees/rules';
import type { CareLog, Condition } from '../../../src/domain/trees/types';
import { assertCleanText, checkPhotos, linkPendingChecks } from '../../kit/content';
import type { ActionHandler } from '../context';
import { forbidden } from '../errors';
import { currentAdoption, loadTree } from './access';
import { newId } from '../../kit/ids';
import { openTreeCase } from './treeCase';

export const logCare: ActionHandler<'trees.logCare'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const now = ctx.clock.now();
  const tree = await loadTree(store, input.treeId);
  const adoption = await currentAdoption(store, tree);
  if (!careActsFor(actor, tree, adoption, now).includes(input.act)) throw forbidden('tree.actNotAllowed');
  await assertCleanText(ctx, input.note);
  const checked = await checkPhotos(ctx, input.photoIds, 'photoIds');

  const asAdopter = adoption !== null && isLive(adoption, now) && isAdopterOf(actor, adoption);
  const staff = !asAdopter && isStaffFor(actor, tree);
  // Sickness reported without a condition still marks a healthy tree for attention.
  const condition: Condition | null = input.condition ?? (input.act === 'sickness' && tree.condition === 'healthy' ? 'attention' : null);
  const log: CareLog = {
    id: newId('cl'),
    communityId: tree.communityId,
    treeId: tree.id,
    adoptionId: asAdopter ? adoption.id : null,
    authorId: actor.userId,
    authorRole: asAdopter ? 'adopter' : staff ? 'staff' : 'resident',
    householdId: actor.householdId ?? null,
    act: input.act,
    photos: checked.photos,
    note: input.note,
    condition,
    // Staff's own work needs no one to vouch for it.
    verification: staff ? 'verified' : 'pending',
    verifiedBy: staff ? actor.userId : null,
    verifiedAt: staff ? now : null,
    caseId: null,
    createdAt: now,
  };

  // Finding sickness is not caring for the tree: it does not reset the care clock.
  const cared = input.act !== 'sickness';
  await store.transaction(async (tx) => {
    log.photos = await linkPendingChecks(tx, { collection: 'careLogs', docId: log.id, field: 'photos', now }, checked);
    await tx.insert('careLogs', log);
    await tx.update('trees', tree.id, { updatedAt: now, ...(cared ? { lastCareAt: now } : {}), ...(condition ? { condition } : {}) });
    if (asAdopter && cared) await tx.update('adoptions', adoption.id, { lastCareAt: now, updatedAt: now }, { status: 'active' });
  });

  const caseId = opensCase(input.act, condition) ? await openTreeCase(ctx, { ...tree, condition: condition ?? tree.condition }, log) : null;
  return { id: log.id, caseId };
};
