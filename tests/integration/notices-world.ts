// Helpers the notice tests share: publishing as the 幸福里 committee, and reading what storage holds.
import type { ActionInput } from '../../src/domain/actions';
import type { NoticeTally } from '../../src/domain/notices/types';
import { dataOf, type DemoWorld } from '../support/demo-world';

type PublishInput = ActionInput<'notices.publish'>;

export const WATER_CUT: PublishInput = {
  category: 'outage',
  title: '3栋停水通知',
  body: '因二次供水管道检修，本周六8:00—16:00停水。\n请提前储水。',
  audience: { level: 'building', ids: ['b-3'] },
};

export async function publish(world: DemoWorld, overrides: Partial<PublishInput> = {}, by = 'committee-chen'): Promise<string> {
  return dataOf(await world.demo(by)('notices.publish', { ...WATER_CUT, ...overrides })).id;
}

export async function feedIds(world: DemoWorld, key: string, action: 'notices.feed' | 'notices.list' = 'notices.feed'): Promise<string[]> {
  return dataOf(await world.demo(key)(action, {})).items.map((item) => item.id);
}

export async function talliesOf(world: DemoWorld, noticeId: string): Promise<Record<string, Pick<NoticeTally, 'residents' | 'households'>>> {
  const tallies = await world.sqlite.find<NoticeTally>('noticeTallies', { noticeId });
  return Object.fromEntries(tallies.map(({ buildingId, residents, households }) => [buildingId, { residents, households }]));
}
