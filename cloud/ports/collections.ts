// Every collection the product stores, with the indexes its queries need. SQLite creates them on open;
// scripts/wx-collections.ts creates the same collections and indexes in CloudBase.

export interface CollectionSpec {
  /** Each index is a list of top-level fields, most selective first. */
  indexes: string[][];
}

export const COLLECTIONS = {
  streets: { indexes: [] },
  communities: { indexes: [['streetId']] },
  grids: { indexes: [['communityId']] },
  buildings: { indexes: [['communityId', 'gridId']] },
  households: { indexes: [['communityId', 'buildingId'], ['inviteCode']] },
  users: { indexes: [['openid']] },
  /** id = `${communityId}:${userId}` — one membership per person per community. */
  members: { indexes: [['communityId', 'status', 'role'], ['userId', 'status']] },
  joinRequests: { indexes: [['communityId', 'status', 'createdAt'], ['userId', 'createdAt']] },
  inbox: { indexes: [['userId', 'createdAt'], ['userId', 'readAt']] },
  files: { indexes: [['ownerId']] },
  /** One-time committee claim codes from `npm run setup`: id = sha256 of the code. */
  roleClaims: { indexes: [['communityId']] },
  /** Local uploads per person per day: id = `${ownerId}:${YYYY-MM-DD}` (China time). */
  uploadTallies: { indexes: [] },
  /** Pending asynchronous image verdicts: id = trace id. */
  contentChecks: { indexes: [['fileId']] },
  reports: {
    indexes: [
      ['communityId', 'category', 'status', 'lat'],
      ['communityId', 'gridId', 'status', 'dueAt'],
      ['communityId', 'status', 'createdAt'],
      ['communityId', 'createdAt'],
      ['communityId', 'flagged', 'createdAt'],
      ['streetId', 'level', 'status', 'dueAt'],
      ['streetId', 'createdAt'],
      ['reporterId', 'createdAt'],
    ],
  },
  reportEvents: { indexes: [['reportId', 'at']] },
  /** id = `${reportId}:${userId}` — one "me too" per person. */
  reportSupports: { indexes: [['reportId']] },
  /** id = `${userId}:${templateKind}` — remaining one-time subscription consents. */
  subscriptions: { indexes: [] },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
