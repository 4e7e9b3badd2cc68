// Tree adoption (树木认养) handlers, one per action of src/domain/trees/actions.ts.
import type { treeActions } from '../../../src/domain/trees/actions';
import type { HandlerTable } from '..';
import { addTree } from './add';
import { addBelt } from './addBelt';
import { adoptTree } from './adopt';
import { treeAttention } from './attention';
import { treeCareLogs } from './careLogs';
import { treeCertificate } from './certificate';
import { treeDetail } from './detail';
import { endAdoption } from './endAdoption';
import { importTrees } from './importSheet';
import { treesInView } from './inView';
import { logCare } from './logCare';
import { myTrees } from './mine';
import { pendingCare } from './pendingCare';
import { renewAdoption } from './renew';
import { updateTree } from './update';
import { verifyCare } from './verifyCare';

export const treeHandlers: Pick<HandlerTable, keyof typeof treeActions> = {
  'trees.inView': treesInView,
  'trees.detail': treeDetail,
  'trees.careLogs': treeCareLogs,
  'trees.mine': myTrees,
  'trees.adopt': adoptTree,
  'trees.renew': renewAdoption,
  'trees.endAdoption': endAdoption,
  'trees.logCare': logCare,
  'trees.certificate': treeCertificate,
  'trees.pendingCare': pendingCare,
  'trees.verifyCare': verifyCare,
  'trees.attention': treeAttention,
  'trees.add': addTree,
  'trees.update': updateTree,
  'trees.import': importTrees,
  'trees.addBelt': addBelt,
};
