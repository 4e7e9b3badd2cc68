// Civility pledge (文明承诺, 门前三包) handlers, one per action of src/domain/pledges/actions.ts.
import type { pledgeActions } from '../../../src/domain/pledges/actions';
import type { HandlerTable } from '..';
import { signerCard } from './card';
import { closePledge } from './close';
import { pledgeDetail } from './detail';
import { listPledges } from './list';
import { publishPledge } from './publish';
import { registerShop } from './registerShop';
import { listShops } from './shops';
import { signPledge } from './sign';
import { signForShop } from './signShop';
import { pledgeWall } from './wall';
import { withdrawSignature } from './withdraw';

export const pledgeHandlers: Pick<HandlerTable, keyof typeof pledgeActions> = {
  'pledges.list': listPledges,
  'pledges.detail': pledgeDetail,
  'pledges.wall': pledgeWall,
  'pledges.sign': signPledge,
  'pledges.signShop': signForShop,
  'pledges.withdraw': withdrawSignature,
  'pledges.card': signerCard,
  'pledges.shops': listShops,
  'pledges.publish': publishPledge,
  'pledges.close': closePledge,
  'pledges.registerShop': registerShop,
};
