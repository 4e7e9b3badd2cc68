// Loading what a tree action works on. The store is confined to the caller's community, so another community's
// tree reads as absent: NOT_FOUND, its existence never leaks.
import type { Adoption, CareLog, Tree } from '../../../src/domain/trees/types';
import type { Store } from '../../ports';
import type { StoreTx } from '../../ports/store';
import { notFound } from '../errors';

/** The fields of a tree nobody adopts: written when a term ends early or runs out. */
export const FREED = { adoptionId: null, adopterId: null, adopterKind: null, adopterHouseholdId: null, adopterName: null, adoptedUntil: 0 } as const;

export async function loadTree(store: Pick<Store, 'get'>, treeId: string): Promise<Tree> {
  const tree = await store.get<Tree>('trees', treeId);
  if (!tree) throw notFound('tree.notFound');
  return tree;
}

export async function loadAdoption(store: Pick<Store, 'get'>, adoptionId: string): Promise<Adoption> {
  const adoption = await store.get<Adoption>('adoptions', adoptionId);
  if (!adoption) throw notFound('tree.adoptionNotFound');
  return adoption;
}

export async function loadLog(store: Pick<Store, 'get'>, logId: string): Promise<CareLog> {
  const log = await store.get<CareLog>('careLogs', logId);
  if (!log) throw notFound('tree.logNotFound');
  return log;
}

/** The tree's current adoption record, if it has one (it may have run out; see isLive). */
export const currentAdoption = async (store: Pick<Store, 'get'>, tree: Pick<Tree, 'adoptionId'>): Promise<Adoption | null> =>
  tree.adoptionId ? store.get<Adoption>('adoptions', tree.adoptionId) : null;

/**
 * Inside a transaction: frees a tree whose term has run out and marks the adoption lapsed. Answers whether it did;
 * both writes are conditional, so the job and an adopter racing it change the records once.
 */
export async function lapseInTx(tx: StoreTx, adoption: Pick<Adoption, 'id' | 'treeId' | 'endsAt'>, now: number): Promise<boolean> {
  const lapsed = await tx.update('adoptions', adoption.id, { status: 'lapsed', endedAt: adoption.endsAt, updatedAt: now }, { status: 'active', endsAt: { $lte: now } });
  if (!lapsed) return false;
  await tx.update('trees', adoption.treeId, { ...FREED, updatedAt: now }, { adoptionId: adoption.id });
  return true;
}
