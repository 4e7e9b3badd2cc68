// 文明承诺 and 门前三包: the committee publishes, residents, households and shops sign once per term, the wall shows
// the count, who chose to be named, coverage and 践诺.
import { action } from '../catalogue';
import * as s from './schemas';
import type { PledgeDetail, PledgeSummary, PledgeWall, ShopView, SignerCard } from './types';

export const pledgeActions = {
  'pledges.list': action<PledgeSummary[]>()({ input: s.NoInput, roles: 'members' }),
  'pledges.detail': action<PledgeDetail>()({ input: s.PledgeId, roles: 'members' }),
  'pledges.wall': action<PledgeWall>()({ input: s.PledgeId, roles: 'members' }),
  'pledges.sign': action<{ signedCount: number }>()({ input: s.SignInput, roles: 'members' }),
  'pledges.signShop': action<{ signedCount: number }>()({ input: s.SignShopInput, roles: 'members' }),
  'pledges.withdraw': action<{ signedCount: number }>()({ input: s.PledgeId, roles: 'members' }),
  'pledges.card': action<SignerCard>()({ input: s.PledgeId, roles: 'members' }),
  'pledges.shops': action<ShopView[]>()({ input: s.ShopsInput, roles: 'members' }),
  'pledges.publish': action<{ id: string }>()({ input: s.PublishPledgeInput, roles: 'committee' }),
  'pledges.close': action<{ id: string }>()({ input: s.PledgeId, roles: 'committee' }),
  'pledges.registerShop': action<{ id: string }>()({ input: s.RegisterShopInput, roles: 'committee' }),
} as const;
