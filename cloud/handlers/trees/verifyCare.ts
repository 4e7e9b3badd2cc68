// The committee or the tree's grid worker checks a care log against its photo: verified or not, once. A verified
// log of a resident is a verified act (践诺 on the pledge walls), recorded in the same transaction.
import { canVerifyCare } from '../../../src/domain/trees/rules';
import { recordAct } from '../../kit/acts';
import { noticesFor } from '../../kit/notify';
import type { ActionHandler } from '../context';
import { conflict, forbidden } from '../errors';
import { loadLog, loadTree } from './access';
import { treeLink } from './links';

const REFUSALS = {
  not_staff: () => forbidden('tree.notStaff'),
  own_log: () => forbidden('tree.ownLog'),
  already_decided: () => conflict('tree.alreadyDecided'),
} as const;

export const verifyCare: ActionHandler<'trees.verifyCare'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const now = ctx.clock.now();
  const log = await loadLog(store, input.logId);
  const tree = await loadTree(store, log.treeId);
  const outcome = canVerifyCare(actor, tree, log);
  if (outcome.kind !== 'ok') throw REFUSALS[outcome.kind]();

  const verification = input.verified ? 'verified' : 'rejected';
  const params = { species: `@species.${tree.species}`, act: `@care.${log.act}` };
  const told = noticesFor(ctx, [log.authorId], { communityId: log.communityId, kind: input.verified ? 'tree.careVerified' : 'tree.careRejected', params, link: treeLink(tree.id) });
  await store.transaction(async (tx) => {
    const decided = await tx.update('careLogs', log.id, { verification, verifiedBy: actor.userId, verifiedAt: now }, { verification: 'pending' });
    if (!decided) throw conflict('tree.alreadyDecided');
    if (input.verified) {
      await recordAct(tx, { sourceId: log.id, communityId: log.communityId, userId: log.authorId, householdId: log.householdId, kind: 'care.verified', params, link: treeLink(tree.id), at: now });
    }
    await told.write(tx);
  });
  await told.push();
  return { id: log.id, verification };
};
