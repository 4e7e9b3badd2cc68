// What the committee should look at: terms that ran out and left a tree free, adopted trees whose care is overdue,
// trees not in good health, and trees nobody has adopted (those cared for longest ago first).
import { DAY_MS } from '../../../src/domain/common/days';
import { isAdopted, isLive, overdueDays } from '../../../src/domain/trees/rules';
import type { Adoption, AttentionView, Tree } from '../../../src/domain/trees/types';
import type { Store } from '../../ports';
import type { ActionHandler } from '../context';

const LAPSED_WINDOW_DAYS = 90;
const LIMIT = 50;

const treesById = async (store: Store, ids: string[]): Promise<Map<string, Tree>> =>
  ids.length ? new Map((await store.find<Tree>('trees', { id: { $in: [...new Set(ids)] } })).map((tree) => [tree.id, tree])) : new Map();

export const treeAttention: ActionHandler<'trees.attention'> = async (_input, ctx) => {
  const { store } = ctx;
  const communityId = ctx.actor.communityId ?? '';
  const now = ctx.clock.now();
  const [lapsed, runOut, active, unwell, unadoptedCount, unadopted] = await Promise.all([
    store.find<Adoption>('adoptions', { communityId, status: 'lapsed', endedAt: { $gte: now - LAPSED_WINDOW_DAYS * DAY_MS } }, { orderBy: [['endedAt', 'desc']], limit: LIMIT }),
    // Terms that ended today, before the nightly job closed them, count as lapsed already.
    store.find<Adoption>('adoptions', { communityId, status: 'active', endsAt: { $lte: now } }, { limit: LIMIT }),
    store.find<Adoption>('adoptions', { communityId, status: 'active', endsAt: { $gt: now } }),
    store.find<Tree>('trees', { communityId, condition: { $in: ['attention', 'pest', 'dead'] } }, { limit: LIMIT }),
    store.count('trees', { communityId, adoptedUntil: { $lte: now } }),
    store.find<Tree>('trees', { communityId, adoptedUntil: { $lte: now } }, { orderBy: [['lastCareAt', 'asc']], limit: 20 }),
  ]);
  const trees = await treesById(store, [...lapsed, ...runOut, ...active].map((adoption) => adoption.treeId));
  const facts = (tree: Tree) => ({ treeId: tree.id, treeCode: tree.code, species: tree.species, spot: tree.spot });

  const view: AttentionView = {
    lapsed: [...runOut, ...lapsed].flatMap((adoption) => {
      const tree = trees.get(adoption.treeId);
      // A tree adopted again since is no longer a worry.
      if (!tree || (isAdopted(tree, now) && tree.adoptionId !== adoption.id)) return [];
      return [{ adoptionId: adoption.id, ...facts(tree), endedAt: adoption.endedAt ?? adoption.endsAt }];
    }),
    neglected: active
      .filter((adoption) => isLive(adoption, now))
      .flatMap((adoption) => {
        const tree = trees.get(adoption.treeId);
        if (!tree) return [];
        const overdue = overdueDays(tree.species, adoption.lastCareAt ?? adoption.startsAt, now);
        return overdue > 0 ? [{ ...facts(tree), lastCareAt: adoption.lastCareAt, overdueDays: overdue }] : [];
      })
      .sort((a, b) => b.overdueDays - a.overdueDays)
      .slice(0, LIMIT),
    unwell: unwell.map((tree) => ({ ...facts(tree), condition: tree.condition, caseId: tree.caseId })),
    unadopted: { count: unadoptedCount, trees: unadopted.map((tree) => ({ ...facts(tree), lastCareAt: tree.lastCareAt })) },
  };
  return view;
};
