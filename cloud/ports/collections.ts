// Every collection the product stores, with the indexes its queries need. SQLite creates them on open;
// scripts/wx-collections.ts creates the same collections and indexes in CloudBase.

export interface CollectionSpec {
  /** Each index is a list of top-level fields, most selective first. */
  indexes: string[][];
  /**
   * 'community': every record carries communityId and community-scoped actions see only their own (the dispatcher
   * confines them); 'child': reached only through a community record (a case's events); 'global': people, files, system.
   */
  scope: 'community' | 'child' | 'global';
  /** Fields holding photo lists ({ fileId, verdict }[]), which WeChat's asynchronous image verdicts may update. */
  photoFields?: readonly string[];
  /** Rows keep no insertion order (SQLite WITHOUT ROWID: stored by id only), so storage order links nothing. */
  unordered?: boolean;
}

export const COLLECTIONS = {
  streets: { indexes: [], scope: 'global' },
  communities: { indexes: [['streetId']], scope: 'global' },
  grids: { indexes: [['communityId']], scope: 'community' },
  buildings: { indexes: [['communityId', 'gridId']], scope: 'community' },
  households: { indexes: [['communityId', 'buildingId']], scope: 'community' },
  /** id = the invite code — no two households share one; holds the household it admits to. */
  inviteCodes: { indexes: [], scope: 'global' },
  users: { indexes: [['openid']], scope: 'global' },
  /** id = `${communityId}:${userId}` — one membership per person per community. */
  members: { indexes: [['communityId', 'status', 'role'], ['userId', 'status'], ['communityId', 'buildingId', 'status', 'role']], scope: 'community' },
  joinRequests: { indexes: [['communityId', 'status', 'createdAt'], ['userId', 'createdAt']], scope: 'community' },
  inbox: { indexes: [['userId', 'createdAt'], ['userId', 'readAt']], scope: 'global' },
  /** Read by id; the daily sweep of uploads no record took on scans them (an index would cost every claim a page). */
  files: { indexes: [], scope: 'global' },
  /** One-time staff claim codes from `npm run setup` (committee, grid workers): id = sha256 of the code. */
  roleClaims: { indexes: [['communityId']], scope: 'community' },
  /** Local uploads per person per day: id = `${ownerId}:${YYYY-MM-DD}` (China time). */
  uploadTallies: { indexes: [], scope: 'global' },
  /** Pending asynchronous image verdicts: id = trace id. */
  contentChecks: { indexes: [['fileId']], scope: 'global' },
  /** 志愿队长: id = `${communityId}:${userId}`, granted by the committee. */
  captains: { indexes: [['communityId', 'active']], scope: 'community' },
  drives: {
    indexes: [['communityId', 'startsAt'], ['communityId', 'kind', 'startsAt'], ['closedAt', 'endsAt'], ['startsAt']],
    scope: 'community',
    photoFields: ['cover'],
  },
  /** One row per audience key of a drive (id = `${driveId}:${key}`), so "drives for me" is one `$in` read. */
  driveListings: { indexes: [['communityId', 'key', 'startsAt'], ['communityId', 'key', 'kind', 'startsAt']], scope: 'community' },
  /** A pool of places and its arrival counter: id = `${driveId}:${taskKey}`. */
  driveSlots: { indexes: [['driveId']], scope: 'community' },
  /** id = `${driveId}:${userId}` — one sign-up per person per drive. */
  driveSignups: {
    indexes: [['driveId', 'taskKey', 'status', 'seq'], ['driveId', 'status', 'seq'], ['userId', 'createdAt']],
    scope: 'community',
  },
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
      ['communityId', 'caseNo'],
    ],
    scope: 'community',
    photoFields: ['photos', 'afterPhotos'],
  },
  reportEvents: { indexes: [['reportId', 'at']], scope: 'child' },
  /** id = `${reportId}:${userId}` — one "me too" per person. */
  reportSupports: { indexes: [['reportId']], scope: 'child' },
  /** Council topics (议题) and what hangs off them; councilSettings id = communityId. */
  topics: { indexes: [['communityId', 'createdAt'], ['communityId', 'status', 'createdAt']], scope: 'community', photoFields: ['photos', 'minutesPhotos', 'resultPhotos'] },
  topicEvents: { indexes: [['topicId', 'at']], scope: 'child' },
  /** id = `${topicId}:${userId}` — one support per person. */
  topicSupports: { indexes: [['topicId']], scope: 'child' },
  topicComments: { indexes: [['topicId', 'createdAt']], scope: 'community', photoFields: ['photos'] },
  councilSettings: { indexes: [], scope: 'community' },
  votes: { indexes: [['communityId', 'createdAt'], ['status', 'opensAt'], ['status', 'closesAt'], ['topicId']], scope: 'community' },
  /** id = `${voteId}:${voterKey}` — the electorate frozen when the vote opens. */
  voteElectors: { indexes: [['voteId', 'createdAt']], scope: 'community' },
  /** id = `${voteId}:${voterKey}` — who took part; a second ballot for the key fails to insert. */
  voteTurnout: { indexes: [['voteId']], scope: 'community', unordered: true },
  /** Random ids, no voter, no time: what was chosen, apart from who chose it. */
  voteBallots: { indexes: [['voteId']], scope: 'community', unordered: true },
  /** The property register: units (专有部分), their owners, and members bound to an owner (id `${communityId}:${userId}`). */
  propertyUnits: { indexes: [['communityId', 'buildingId'], ['ownerId']], scope: 'community' },
  propertyOwners: { indexes: [['communityId']], scope: 'community' },
  ownerBindings: { indexes: [['ownerId'], ['communityId']], scope: 'community' },
  /** Verified acts of residents (cloud/kit/acts.ts): id = `${kind}:${sourceId}`. */
  acts: { indexes: [['communityId', 'at'], ['userId', 'at']], scope: 'community' },
  /** id = `${adoptionId}:${lastCareAt ?? startsAt}` — one reminder per gap in an adoption's care. */
  careReminders: { indexes: [['adoptionId']], scope: 'community' },
  /** One adopter per tree is held by the tree's conditional `adoptedUntil`, claimed with the adoption's insert. */
  adoptions: {
    indexes: [['status', 'endsAt'], ['communityId', 'status', 'endedAt'], ['adopterId', 'status'], ['householdId', 'status'], ['treeId', 'createdAt']],
    scope: 'community',
  },
  careLogs: { indexes: [['treeId', 'createdAt'], ['communityId', 'verification', 'createdAt']], scope: 'community', photoFields: ['photos'] },
  greenBelts: { indexes: [['communityId', 'minLat']], scope: 'community' },
  pledges: { indexes: [['communityId', 'createdAt']], scope: 'community', photoFields: ['cover'] },
  /** id = `${pledgeId}:${signerKey}` — one signature per person, household or shop per pledge (term). */
  pledgeSignatures: {
    indexes: [['pledgeId', 'createdAt'], ['pledgeId', 'showName', 'createdAt'], ['pledgeId', 'signerId'], ['pledgeId', 'householdId']],
    scope: 'community',
  },
  shops: { indexes: [['communityId', 'name']], scope: 'community' },
  trees: {
    indexes: [['communityId', 'lat', 'lng'], ['communityId', 'code'], ['communityId', 'condition'], ['communityId', 'adoptedUntil', 'lastCareAt']],
    scope: 'community',
    photoFields: ['photos'],
  },
  /** Responsibility zones (cloud/kit/zones.ts): who answers for a stretch of ground. */
  zones: { indexes: [['communityId']], scope: 'community' },
  /** id = the numbering key (e.g. `reports:c-xingfuli:2026`) — the last number handed out. */
  counters: { indexes: [], scope: 'global' },
  polls: { indexes: [['communityId', 'createdAt'], ['communityId', 'status', 'closesAt']], scope: 'community' },
  /** id = `${pollId}:${audienceKey}` — what is addressed to a place, read with the caller's place keys. */
  pollAudience: { indexes: [['communityId', 'key', 'createdAt']], scope: 'community' },
  /** id = `${pollId}:${voterKey}` — one response per person or household; never holds the answers. */
  pollVoters: { indexes: [['pollId']], scope: 'community' },
  /** The answers; anonymous ones under a random id with nothing that leads back to the voter. */
  pollResponses: { indexes: [['pollId']], scope: 'community' },
  notices: { indexes: [['communityId', 'createdAt']], scope: 'community', photoFields: ['images'] },
  /** id = `${noticeId}:v${version}` — earlier contents of an edited notice. */
  noticeVersions: { indexes: [['noticeId', 'version']], scope: 'community' },
  /** id = `${noticeId}:${audienceKey}` — the feed index: what is addressed to whom, newest published first. */
  noticeFeed: { indexes: [['communityId', 'key', 'pinned', 'createdAt'], ['communityId', 'key', 'createdAt'], ['noticeId']], scope: 'community' },
  /** id = `${noticeId}:${userId}` — one read per person. */
  noticeReads: { indexes: [['noticeId', 'at']], scope: 'community' },
  /** id = `${noticeId}:${householdId}` — a household has read it once any of its residents has. */
  noticeHouseholdReads: { indexes: [['noticeId', 'buildingId']], scope: 'community' },
  /** id = `${noticeId}:${buildingId}` — read counts per building, kept in each read's transaction. */
  noticeTallies: { indexes: [['noticeId']], scope: 'community' },
  /** id = `${userId}:${templateKind}` — remaining one-time subscription consents. */
  subscriptions: { indexes: [], scope: 'global' },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

export const isCommunityScoped = (collection: string): boolean =>
  (COLLECTIONS as Record<string, CollectionSpec>)[collection]?.scope === 'community';

export const isPhotoField = (collection: string, field: string): boolean =>
  ((COLLECTIONS as Record<string, CollectionSpec>)[collection]?.photoFields ?? []).includes(field);

/** The one name an index has in SQLite and in CloudBase. */
export const indexNameOf = (collection: string, fields: readonly string[]): string => `${collection}__${fields.join('_')}`;

/**
 * Of the indexes a collection has, those named as ours (`${collection}__…`) that the spec no longer declares: an
 * index nothing reads still costs every write, so the stores drop them. Indexes named otherwise are left alone.
 */
export function undeclaredIndexes(collection: string, existing: readonly string[], spec: CollectionSpec): string[] {
  const declared = new Set(spec.indexes.map((fields) => indexNameOf(collection, fields)));
  return existing.filter((name) => name.startsWith(`${collection}__`) && !declared.has(name));
}
