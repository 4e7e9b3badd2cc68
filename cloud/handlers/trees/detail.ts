// One tree's page: the public facts, its care timeline (first page), and what the caller may do with it.
import { canAdopt, careActsFor, isAdopterOf, isLive } from '../../../src/domain/trees/rules';
import type { CareLog, TreeDetailView } from '../../../src/domain/trees/types';
import { mapPage, pageOf } from '../../kit/paging';
import type { ActionHandler } from '../context';
import { currentAdoption, loadTree } from './access';
import { careLogViews, myAdoptionView, treeViews } from './views';

export const treeDetail: ActionHandler<'trees.detail'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const now = ctx.clock.now();
  const tree = await loadTree(store, input.treeId);
  const adoption = await currentAdoption(store, tree);
  const mine = adoption && isLive(adoption, now) && isAdopterOf(actor, adoption) ? adoption : null;
  const ports = { store, files: ctx.files, now };
  const [[view], care] = await Promise.all([
    treeViews(ports, [tree]),
    pageOf<CareLog>(store, 'careLogs', { treeId: tree.id }, undefined).then((page) => mapPage(page, (logs) => careLogViews(ports, tree, logs))),
  ]);
  const mineView = mine ? myAdoptionView(actor, mine, tree, now) : null;
  const detail: TreeDetailView = {
    ...view!,
    mine: mineView,
    can: {
      adopt: canAdopt(actor, tree, 'person', now).kind === 'ok',
      adoptAsHousehold: canAdopt(actor, tree, 'household', now).kind === 'ok',
      logCare: careActsFor(actor, tree, adoption, now),
      renew: mineView?.canRenew ?? false,
      end: mine !== null,
      certificate: mine !== null,
      edit: actor.role === 'committee',
    },
    care,
  };
  return detail;
};
