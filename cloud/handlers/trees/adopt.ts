// 认养: a resident or a household takes a free tree for a term. One adopter per tree is held by storage: the
// tree's `adoptedUntil` is claimed only where it has already passed (a free tree holds 0), in the transaction
// that stores the adoption — two people tapping 认养 together get one adoption and one CONFLICT.
import type { User } from '../../../src/domain/membership/types';
import { canAdopt, termEnd } from '../../../src/domain/trees/rules';
import type { Adoption, Tree } from '../../../src/domain/trees/types';
import type { ActionHandler } from '../context';
import { conflict, forbidden, notFound } from '../errors';
import { lapseInTx, loadTree } from './access';
import { newId } from '../../kit/ids';

const REFUSALS = {
  taken: () => conflict('tree.taken'),
  dead: () => conflict('tree.dead'),
  no_household: () => forbidden('tree.noHousehold'),
  not_member: () => notFound('tree.notFound'),
} as const;

export const adoptTree: ActionHandler<'trees.adopt'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const now = ctx.clock.now();
  const tree = await loadTree(store, input.treeId);
  const outcome = canAdopt(actor, tree, input.as, now);
  if (outcome.kind !== 'ok') throw REFUSALS[outcome.kind]();

  const nickname = input.showName ? ((await store.get<User>('users', actor.userId))?.nickname || null) : null;
  const household = input.as === 'household' ? actor.householdId ?? null : null;
  const adoption: Adoption = {
    id: newId('a'),
    communityId: tree.communityId,
    treeId: tree.id,
    adopterId: actor.userId,
    kind: input.as,
    householdId: household,
    showName: input.showName,
    startsAt: now,
    endsAt: termEnd(now),
    renewals: 0,
    status: 'active',
    endedAt: null,
    lastCareAt: null,
    createdAt: now,
    updatedAt: now,
  };

  await store.transaction(async (tx) => {
    const current = await tx.get<Tree>('trees', tree.id);
    if (!current) throw notFound('tree.notFound');
    // A term that ran out is closed here if the job has not got to it yet.
    if (current.adoptionId && current.adoptedUntil <= now) {
      const previous = await tx.get<Adoption>('adoptions', current.adoptionId);
      if (previous) await lapseInTx(tx, previous, now);
    }
    const claimed = await tx.update(
      'trees',
      tree.id,
      {
        adoptionId: adoption.id,
        adopterId: actor.userId,
        adopterKind: input.as,
        adopterHouseholdId: household,
        adopterName: nickname,
        adoptedUntil: adoption.endsAt,
        updatedAt: now,
      },
      { adoptedUntil: { $lte: now }, condition: { $ne: 'dead' } },
    );
    if (!claimed) throw conflict('tree.taken');
    await tx.insert('adoptions', adoption);
  });
  return { adoptionId: adoption.id, endsAt: adoption.endsAt };
};
