// Care logs waiting to be verified: the committee sees its whole community's, a grid worker those of their grids.
import { isStaffFor } from '../../../src/domain/trees/rules';
import type { CareLog, PendingCareView, Tree } from '../../../src/domain/trees/types';
import type { ActionHandler } from '../context';
import { careLogViews } from './views';

const LIMIT = 100;

export const pendingCare: ActionHandler<'trees.pendingCare'> = async (_input, ctx) => {
  const { store, actor } = ctx;
  const now = ctx.clock.now();
  const logs = await store.find<CareLog>(
    'careLogs',
    { communityId: actor.communityId ?? '', verification: 'pending' },
    { orderBy: [['createdAt', 'desc']], limit: LIMIT },
  );
  if (!logs.length) return [];
  const trees = new Map((await store.find<Tree>('trees', { id: { $in: [...new Set(logs.map((log) => log.treeId))] } })).map((tree) => [tree.id, tree]));
  const ports = { store, files: ctx.files, now };
  const pending: PendingCareView[] = [];
  for (const log of logs) {
    const tree = trees.get(log.treeId);
    if (!tree || !isStaffFor(actor, tree) || log.authorId === actor.userId) continue;
    const [view] = await careLogViews(ports, tree, [log]);
    pending.push({ ...view!, treeId: tree.id, treeCode: tree.code, species: tree.species, spot: tree.spot });
  }
  return pending;
};
