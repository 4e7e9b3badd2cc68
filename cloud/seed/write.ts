// Writes prepared records, collection by collection, in one transaction: all of them land or none do.
import type { Store } from '../ports';

export type Records = Record<string, ReadonlyArray<{ id: string }>>;

export async function writeRecords(store: Store, records: Records): Promise<Record<string, number>> {
  await store.transaction(async (tx) => {
    for (const [collection, docs] of Object.entries(records)) {
      for (const doc of docs) await tx.insert(collection, doc);
    }
  });
  return Object.fromEntries(Object.entries(records).map(([collection, docs]) => [collection, docs.length]));
}
