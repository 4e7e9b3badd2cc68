// The committee adds a shop to the community's register: its name, door, who runs it and the number it answers.
import type { Shop } from '../../../src/domain/pledges/types';
import { assertCleanText } from '../../kit/content';
import type { ActionHandler } from '../context';
import { conflict } from '../errors';
import { newId } from '../../kit/ids';

export const registerShop: ActionHandler<'pledges.registerShop'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const communityId = actor.communityId ?? '';
  await assertCleanText(ctx, input.name, input.address, input.ownerName);
  const same = await store.find<Shop>('shops', { communityId, name: input.name });
  if (same.some((shop) => shop.address === input.address)) throw conflict('pledge.shopExists');
  const shop: Shop = { id: newId('shop'), communityId, ...input, ownerUserId: null, createdAt: ctx.clock.now() };
  await store.insert('shops', shop);
  return { id: shop.id };
};
