// What each reader receives of a vote: the settings and the caller's own standing; the count only once it has
// closed (the committee sees turnout while it runs); never who chose what.
import { isEditable } from '../../../src/domain/votes/machine';
import type { MyVoteStatus, Vote, VoteElector, VoteListItem, VoteTurnout, VoteView } from '../../../src/domain/votes/types';
import type { Topic } from '../../../src/domain/councils/types';
import type { Actor } from '../../../src/domain/roles';
import type { Store } from '../../ports';
import { placeNames } from '../councils/access';
import { isVoteCommittee } from './access';
import { electorId, voterKeyOf } from './electorate';

async function standing(store: Store, actor: Actor, vote: Vote): Promise<VoteView['me']> {
  const voterKey = await voterKeyOf(store, actor, vote);
  if (!voterKey) return { status: 'not_eligible', voterLabel: null };
  if (vote.status === 'draft') return { status: 'can_vote', voterLabel: null };
  const id = electorId(vote.id, voterKey);
  const [elector, turnout] = await Promise.all([store.get<VoteElector>('voteElectors', id), store.get<VoteTurnout>('voteTurnout', id)]);
  if (!elector) return { status: 'not_eligible', voterLabel: null };
  const voterLabel = vote.electorate.kind === 'residents' || vote.electorate.kind === 'listed' ? null : elector.label.split(' · ').pop() ?? null;
  let status: MyVoteStatus = 'can_vote';
  if (turnout) status = turnout.channel !== 'online' ? 'voted_on_paper' : turnout.castBy === actor.userId ? 'voted' : 'household_voted';
  return { status, voterLabel };
}

export async function voteView(store: Store, actor: Actor, vote: Vote, now: number): Promise<VoteView> {
  const committee = isVoteCommittee(actor, vote);
  const closed = vote.status === 'closed';
  const [me, places, topic] = await Promise.all([
    standing(store, actor, vote),
    placeNames(store, vote.electorate.audience),
    vote.topicId ? store.get<Topic>('topics', vote.topicId) : Promise.resolve(null),
  ]);
  const open = vote.status === 'open' && vote.closesAt > now;
  return {
    id: vote.id,
    topicId: vote.topicId,
    topicTitle: topic?.title ?? null,
    question: vote.question,
    kind: vote.kind,
    options: vote.options,
    maxChoices: vote.maxChoices,
    rule: vote.rule,
    basis: vote.basis ?? null,
    matter: vote.matter ?? null,
    quorum: vote.quorum ?? null,
    threshold: vote.threshold ?? null,
    electorateKind: vote.electorate.kind,
    places,
    units: vote.electorate.units ?? [],
    secret: vote.secret,
    status: vote.status,
    opensAt: vote.opensAt,
    closesAt: vote.closesAt,
    electorateSize: vote.electorateSize ?? null,
    turnout: committee || closed ? vote.turnout : null,
    result: closed ? vote.result ?? null : null,
    problem: closed ? vote.problem ?? null : null,
    closedAt: vote.closedAt ?? null,
    me,
    can: {
      cast: open && me.status === 'can_vote',
      castPaper: committee && open,
      edit: committee && isEditable(vote, now),
      electors: committee && vote.status !== 'draft',
      tallyFile: committee && closed,
    },
  };
}

export const voteListItem = (vote: Vote): VoteListItem => ({
  id: vote.id,
  topicId: vote.topicId,
  question: vote.question,
  status: vote.status,
  rule: vote.rule,
  opensAt: vote.opensAt,
  closesAt: vote.closesAt,
  outcome: vote.status === 'closed' ? vote.result?.outcome ?? 'no_quorum' : null,
  createdAt: vote.createdAt,
});
