// The pledge wall: the count against the target, signers who chose to be named, coverage (e.g. shops signed of
// shops registered), and 践诺 — signers' verified acts since they signed, read from the kit's acts.
import type { ActView } from '../../../src/domain/common/acts';
import { countsForPledge, signedAs } from '../../../src/domain/pledges/rules';
import type { CoverageView, Pledge, PledgeWall, Signature } from '../../../src/domain/pledges/types';
import { recentActs, type ActDoc } from '../../kit/acts';
import type { Store } from '../../ports';
import type { ActionHandler } from '../context';
import { loadPledge } from './access';

const SIGNERS_SHOWN = 12;
const ACTS_READ = 200;
const ACTS_SHOWN = 20;

async function coverageOf(store: Store, pledge: Pledge): Promise<CoverageView> {
  const communityId = pledge.communityId;
  const of =
    pledge.audience === 'shops'
      ? await store.count('shops', { communityId })
      : pledge.audience === 'households'
        ? await store.count('households', { communityId })
        : await store.count('members', { communityId, status: 'active', role: 'resident' });
  return { signed: Math.max(0, pledge.signedCount), of, unit: pledge.audience };
}

/** The signers among the acts' doers, each act kept only if it came after its doer signed. */
async function pledgedActs(store: Store, pledge: Pledge, acts: readonly ActDoc[]): Promise<ActView[]> {
  const users = [...new Set(acts.map((act) => act.userId))];
  const households = [...new Set(acts.map((act) => act.householdId).filter((id): id is string => !!id))];
  if (!users.length) return [];
  const [byUser, byHousehold] = await Promise.all([
    store.find<Signature>('pledgeSignatures', { pledgeId: pledge.id, signerId: { $in: users } }),
    households.length ? store.find<Signature>('pledgeSignatures', { pledgeId: pledge.id, householdId: { $in: households } }) : [],
  ]);
  const views: ActView[] = [];
  for (const act of acts) {
    const signature =
      byUser.find((candidate) => candidate.signerId === act.userId) ??
      byHousehold.find((candidate) => candidate.householdId === act.householdId && candidate.signerKey.startsWith('h:'));
    if (!signature || !countsForPledge(signature, act)) continue;
    const view: ActView = { kind: act.kind, params: act.params, at: act.at, name: signature.showName ? signature.name : null, as: signature.showName ? signedAs(signature.signerKey) : null };
    if (act.link) view.link = act.link;
    views.push(view);
    if (views.length >= ACTS_SHOWN) break;
  }
  return views;
}

export const pledgeWall: ActionHandler<'pledges.wall'> = async (input, ctx) => {
  const { store } = ctx;
  const pledge = await loadPledge(store, input.pledgeId);
  const [coverage, named, acts] = await Promise.all([
    coverageOf(store, pledge),
    store.find<Signature>('pledgeSignatures', { pledgeId: pledge.id, showName: true }, { orderBy: [['createdAt', 'desc']], limit: SIGNERS_SHOWN }),
    recentActs(store, pledge.communityId, ACTS_READ),
  ]);
  const wall: PledgeWall = {
    pledgeId: pledge.id,
    title: pledge.title,
    term: pledge.term,
    signedCount: Math.max(0, pledge.signedCount),
    target: pledge.target,
    coverage,
    recentSigners: named.map((signature) => ({ name: signature.name, as: signedAs(signature.signerKey), at: signature.createdAt })),
    acts: await pledgedActs(store, pledge, acts),
  };
  return wall;
};
