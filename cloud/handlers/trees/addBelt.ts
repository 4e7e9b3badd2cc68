// The committee draws a green belt (绿化带) on the plan; trees registered inside it afterwards belong to it.
import { assertCleanText } from '../../kit/content';
import type { GreenBelt } from '../../../src/domain/trees/types';
import type { ActionHandler } from '../context';
import { newId } from '../../kit/ids';

export const addBelt: ActionHandler<'trees.addBelt'> = async (input, ctx) => {
  await assertCleanText(ctx, input.name);
  const lats = input.polygon.map(([, lat]) => lat);
  const lngs = input.polygon.map(([lng]) => lng);
  const belt: GreenBelt = {
    id: newId('gb'),
    communityId: ctx.actor.communityId ?? '',
    name: input.name,
    polygon: input.polygon,
    minLat: Math.min(...lats),
    maxLat: Math.max(...lats),
    minLng: Math.min(...lngs),
    maxLng: Math.max(...lngs),
    createdAt: ctx.clock.now(),
  };
  await ctx.store.insert('greenBelts', belt);
  return { id: belt.id };
};
