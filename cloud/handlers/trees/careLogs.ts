// A tree's care timeline, newest first, page by page.
import type { CareLog } from '../../../src/domain/trees/types';
import { mapPage, pageOf } from '../../kit/paging';
import type { ActionHandler } from '../context';
import { loadTree } from './access';
import { careLogViews } from './views';

export const treeCareLogs: ActionHandler<'trees.careLogs'> = async (input, ctx) => {
  const tree = await loadTree(ctx.store, input.treeId);
  const ports = { store: ctx.store, files: ctx.files, now: ctx.clock.now() };
  const page = await pageOf<CareLog>(ctx.store, 'careLogs', { treeId: tree.id }, input.before);
  return mapPage(page, (logs) => careLogViews(ports, tree, logs));
};
