// The `subscriptions` records both sides share: handlers grant consent credits, the WeChat notifier spends them.

/** Remaining one-time consents of a user for a notice kind; each allows one subscription message. */
export type SubscriptionDoc = { id: string; userId: string; kind: string; credits: number };

export const subscriptionId = (userId: string, kind: string): string => `${userId}:${kind}`;
