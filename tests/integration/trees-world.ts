// Helpers the tree tests share: the seeded trees by number, a care log with a fresh photo, the world's view box.
import { treeIdFor } from '../../src/domain/trees/newTree';
import type { Adoption, Tree } from '../../src/domain/trees/types';
import type { ActionInput } from '../../src/domain/actions';
import { dataOf, type DemoWorld } from '../support/demo-world';
import { photoOf } from './reports-world';

/** The free 香樟 by 6栋, in grid 2. */
export const CAMPHOR_G2 = treeIdFor('c-xingfuli', 'XFL-030');
/** 赵大爷's 香樟 by 3栋, in grid 1. */
export const ZHAO_CAMPHOR = treeIdFor('c-xingfuli', 'XFL-001');
/** The 银杏 王阿姨's household adopted, overdue for care. */
export const WANG_GINKGO = treeIdFor('c-xingfuli', 'XFL-012');
export const treeOf = (code: string): string => treeIdFor('c-xingfuli', code);

export const XINGFULI_BOX = { minLat: 30.658, maxLat: 30.664, minLng: 104.077, maxLng: 104.083 };

export const storedTree = async (world: DemoWorld, id: string): Promise<Tree> => (await world.ports.store.get<Tree>('trees', id))!;
export const storedAdoption = async (world: DemoWorld, id: string): Promise<Adoption> => (await world.ports.store.get<Adoption>('adoptions', id))!;

type LogInput = ActionInput<'trees.logCare'>;

export async function logCare(world: DemoWorld, key: string, treeId: string, overrides: Partial<LogInput> = {}) {
  return world.demo(key)('trees.logCare', { treeId, act: 'water', photoIds: [await photoOf(world, key)], note: '浇了一桶水', ...overrides });
}

export async function adopt(world: DemoWorld, key: string, treeId: string, overrides: Partial<ActionInput<'trees.adopt'>> = {}): Promise<string> {
  return dataOf(await world.demo(key)('trees.adopt', { treeId, ...overrides })).adoptionId;
}
