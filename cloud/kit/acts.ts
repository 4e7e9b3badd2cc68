// Verified acts of residents (src/domain/common/acts.ts): a feature records one inside the transaction that
// verifies it (a confirmed report, a verified care log, confirmed volunteer hours); a wall reads the community's
// newest. Recording is idempotent per source: the id is `${kind}:${sourceId}`.
import type { MessageParams } from '../../src/domain/common/messages';
import type { Store } from '../ports';
import type { StoreTx } from '../ports/store';

export interface ActDoc {
  id: string;
  communityId: string;
  /** Who did it, and their household, so a household's pledge counts its members' acts. */
  userId: string;
  householdId: string | null;
  kind: string;
  params: MessageParams;
  link?: string;
  at: number;
}

export interface ActRecord extends Omit<ActDoc, 'id'> {
  /** The record the act is about (a report, a care log, an attendance), once per act kind. */
  sourceId: string;
}

export const actId = (kind: string, sourceId: string): string => `${kind}:${sourceId}`;

/** Writes the act in the caller's transaction, unless this source's act is already recorded. */
export async function recordAct(tx: StoreTx, { sourceId, ...act }: ActRecord): Promise<void> {
  const id = actId(act.kind, sourceId);
  if (await tx.get('acts', id)) return;
  await tx.insert('acts', { id, ...act });
}

/** The community's newest acts, newest first. */
export const recentActs = (store: Store, communityId: string, limit: number): Promise<ActDoc[]> =>
  store.find<ActDoc>('acts', { communityId }, { orderBy: [['at', 'desc'], ['id', 'desc']], limit });
