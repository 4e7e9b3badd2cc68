// 我的树: the trees I adopted, and those my household adopted, while their terms run; care due first.
import { careIsDue, isLive } from '../../../src/domain/trees/rules';
import type { Adoption, MyTree, Tree } from '../../../src/domain/trees/types';
import type { ActionHandler } from '../context';
import { myAdoptionView, treeViews } from './views';

export const myTrees: ActionHandler<'trees.mine'> = async (_input, ctx) => {
  const { store, actor } = ctx;
  const now = ctx.clock.now();
  const [own, household] = await Promise.all([
    store.find<Adoption>('adoptions', { adopterId: actor.userId, status: 'active' }),
    actor.householdId ? store.find<Adoption>('adoptions', { householdId: actor.householdId, status: 'active' }) : [],
  ]);
  const byId = new Map([...own, ...household.filter((adoption) => adoption.kind === 'household')].map((adoption) => [adoption.id, adoption]));
  const live = [...byId.values()].filter((adoption) => isLive(adoption, now));
  if (!live.length) return [];
  const trees = await store.find<Tree>('trees', { id: { $in: live.map((adoption) => adoption.treeId) } });
  const views = new Map((await treeViews({ store, files: ctx.files, now }, trees)).map((view) => [view.id, view]));
  const mine: MyTree[] = [];
  for (const adoption of live) {
    const tree = trees.find((candidate) => candidate.id === adoption.treeId);
    const view = views.get(adoption.treeId);
    if (!tree || !view) continue;
    mine.push({ tree: view, adoption: myAdoptionView(actor, adoption, tree, now), careDue: careIsDue(tree.species, adoption.lastCareAt ?? adoption.startsAt, now) });
  }
  return mine.sort((a, b) => a.adoption.careDueAt - b.adoption.careDueAt);
};
