// One more subscription message a user agreed to receive for a notice kind, added atomically.
import type { Store } from '../../ports';
import { DuplicateIdError } from '../../ports/store';
import { subscriptionId, type SubscriptionDoc } from '../../ports/subscriptions';

export async function addCredit(store: Store, userId: string, kind: string): Promise<void> {
  const id = subscriptionId(userId, kind);
  const add = () =>
    store.transaction(async (tx) => {
      if (await tx.get<SubscriptionDoc>('subscriptions', id)) await tx.increment('subscriptions', id, 'credits', 1);
      else await tx.insert<SubscriptionDoc>('subscriptions', { id, userId, kind, credits: 1 });
    });
  try {
    await add();
  } catch (error) {
    if (!(error instanceof DuplicateIdError)) throw error;
    // A concurrent first grant created the record; it exists now, so this attempt increments it.
    await add();
  }
}
