// Read receipts: one read per person (id `${noticeId}:${userId}`), and in the same transaction the household's
// first read and the building's counts, so 知晓率 is a handful of by-id reads however large the community.
import { countsTowardsReadRate } from '../../../src/domain/notices/rules';
import type { Notice, NoticeHouseholdRead, NoticeRead, NoticeTally } from '../../../src/domain/notices/types';
import type { Actor } from '../../../src/domain/roles';
import type { Store } from '../../ports';
import { DuplicateIdError, type StoreTx } from '../../ports/store';

export const readId = (noticeId: string, userId: string): string => `${noticeId}:${userId}`;
export const householdReadId = (noticeId: string, householdId: string): string => `${noticeId}:${householdId}`;
export const tallyId = (noticeId: string, buildingId: string): string => `${noticeId}:${buildingId}`;

export const emptyTally = (notice: Pick<Notice, 'id' | 'communityId'>, buildingId: string): NoticeTally => ({
  id: tallyId(notice.id, buildingId),
  noticeId: notice.id,
  communityId: notice.communityId,
  buildingId,
  residents: 0,
  households: 0,
});

type Reader = Pick<Actor, 'userId' | 'role' | 'householdId' | 'buildingId' | 'gridId'>;

/** Writes one read inside a transaction; a second read of the same person throws DuplicateIdError on the first insert. */
export async function writeRead(tx: StoreTx, notice: Notice, reader: Reader, now: number): Promise<void> {
  const counts = countsTowardsReadRate(reader, notice);
  const read: NoticeRead = { id: readId(notice.id, reader.userId), noticeId: notice.id, communityId: notice.communityId, userId: reader.userId, version: notice.version, at: now };
  if (counts) Object.assign(read, { householdId: reader.householdId, buildingId: reader.buildingId });
  await tx.insert('noticeReads', read);
  if (!counts || !reader.householdId || !reader.buildingId) return;

  const householdRead = householdReadId(notice.id, reader.householdId);
  const firstOfHousehold = !(await tx.get<NoticeHouseholdRead>('noticeHouseholdReads', householdRead));
  if (firstOfHousehold) {
    const doc: NoticeHouseholdRead = { id: householdRead, noticeId: notice.id, communityId: notice.communityId, householdId: reader.householdId, buildingId: reader.buildingId, at: now };
    await tx.insert('noticeHouseholdReads', doc);
  }
  const tally = tallyId(notice.id, reader.buildingId);
  // Tallies are written when the notice is published; a building added since gets its own on its first read.
  if (!(await tx.increment('noticeTallies', tally, 'residents', 1))) {
    await tx.insert('noticeTallies', { ...emptyTally(notice, reader.buildingId), residents: 1, households: firstOfHousehold ? 1 : 0 });
  } else if (firstOfHousehold) {
    await tx.increment('noticeTallies', tally, 'households', 1);
  }
}

/** Records that the person opened the notice; answers whether this was their first read. */
export async function recordRead(store: Store, notice: Notice, reader: Reader, now: number): Promise<boolean> {
  if (await store.get<NoticeRead>('noticeReads', readId(notice.id, reader.userId))) return false;
  try {
    await store.transaction((tx) => writeRead(tx, notice, reader, now));
    return true;
  } catch (error) {
    // The same person opened it twice at once: the other request stored the read.
    if (error instanceof DuplicateIdError && error.collection === 'noticeReads') return false;
    throw error;
  }
}
