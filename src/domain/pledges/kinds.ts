// The pledges the seeds name (文明承诺), each with who usually signs it.
export type PledgeAudience = 'residents' | 'households' | 'shops';

export const PLEDGE_KINDS = [
  { key: 'civility', zh: '讲文明除陋习', en: 'Civility, no bad habits', audience: 'residents' },
  { key: 'sorting', zh: '垃圾分类', en: 'Waste sorting', audience: 'residents' },
  { key: 'dogs', zh: '文明养犬', en: 'Responsible dog keeping', audience: 'residents' },
  { key: 'family', zh: '洁美家庭', en: 'Clean and tidy home', audience: 'households' },
  { key: 'shopfront', zh: '门前三包', en: 'Shopfront responsibility', audience: 'shops' },
] as const satisfies ReadonlyArray<{ key: string; zh: string; en: string; audience: PledgeAudience }>;

export type PledgeKind = (typeof PLEDGE_KINDS)[number]['key'];
export const PLEDGE_KIND_KEYS = PLEDGE_KINDS.map((kind) => kind.key) as [PledgeKind, ...PledgeKind[]];
export const PLEDGE_AUDIENCES: [PledgeAudience, ...PledgeAudience[]] = ['residents', 'households', 'shops'];
