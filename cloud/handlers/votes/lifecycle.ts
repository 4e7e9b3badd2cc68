// A vote opens and closes by the clock: at its time by the timer job, and on read behind the gateway (a vote read
// after its close time is closed then). Opening freezes the electorate; closing first stops ballots (closing),
// then counts them with the one tally function and publishes the result on the vote, its topic and in the inbox.
import type { Topic } from '../../../src/domain/councils/types';
import type { Actor } from '../../../src/domain/roles';
import { isDueToClose, isDueToOpen } from '../../../src/domain/votes/machine';
import { tally, TallyError, type TallyResult } from '../../../src/domain/votes/tally';
import { tallyInputOf } from '../../../src/domain/votes/tallyInput';
import type { Vote, VoteBallot, VoteElector, VoteTurnout } from '../../../src/domain/votes/types';
import { notify } from '../../kit/notify';
import type { Clock, Notifier, Store } from '../../ports';
import { chinaTime } from '../councils/access';
import { systemNote, topicEvent } from '../councils/events';
import { voteLink } from '../councils/notify';
import { electorsOf } from './electorate';

export interface LifeContext {
  store: Store;
  clock: Clock;
  notifier: Notifier;
  /** Who looked (on read) or the system (the timer job); never told about their own look. */
  actor: Actor;
}

export const SYSTEM_ACTOR: Actor = { userId: 'system', role: 'guest', gridIds: [] };

const reload = async (store: Store, vote: Vote): Promise<Vote> => (await store.get<Vote>('votes', vote.id)) ?? vote;

export const electorsOfVote = (store: Store, voteId: string): Promise<VoteElector[]> => store.find<VoteElector>('voteElectors', { voteId });

/** draft → open: the electorate is written with the status change, so a vote never stands open without it. */
export async function openVote(ctx: LifeContext, vote: Vote): Promise<Vote> {
  const now = ctx.clock.now();
  if (!isDueToOpen(vote, now)) return vote;
  const electors = await electorsOf(ctx.store, vote, now);
  const opened = await ctx.store.transaction(async (tx) => {
    if (!(await tx.update('votes', vote.id, { status: 'open', electorateSize: electors.length, updatedAt: now }, { status: 'draft' }))) return false;
    for (const elector of electors) await tx.insert('voteElectors', elector);
    return true;
  });
  const current = await reload(ctx.store, vote);
  if (opened) {
    await notify(ctx, electors.flatMap((elector) => elector.userIds), {
      communityId: vote.communityId,
      kind: 'council.voteOpened',
      params: { question: vote.question, closes: chinaTime(vote.closesAt) },
      link: voteLink(vote.id),
    });
  }
  return current;
}

function count(vote: Vote, electors: VoteElector[], turnouts: VoteTurnout[], ballots: VoteBallot[]): { result?: TallyResult; problem?: string } {
  try {
    return { result: tally(tallyInputOf(vote, electors, turnouts, ballots)) };
  } catch (error) {
    if (error instanceof TallyError) return { problem: error.message };
    throw error;
  }
}

/** open → closing → closed with its result; each step conditional, so the job and a reader racing finish it once. */
export async function closeVote(ctx: LifeContext, vote: Vote): Promise<Vote> {
  const now = ctx.clock.now();
  if (!isDueToClose(vote, now)) return vote;
  if (vote.status === 'open') await ctx.store.update('votes', vote.id, { status: 'closing', updatedAt: now }, { status: 'open', closesAt: { $lte: now } });
  const closing = await reload(ctx.store, vote);
  if (closing.status !== 'closing') return closing;

  const [electors, turnouts, ballots] = await Promise.all([
    electorsOfVote(ctx.store, vote.id),
    ctx.store.find<VoteTurnout>('voteTurnout', { voteId: vote.id }),
    ctx.store.find<VoteBallot>('voteBallots', { voteId: vote.id }),
  ]);
  const { result, problem } = count(closing, electors, turnouts, ballots);
  const outcome = result?.outcome ?? 'no_quorum';
  let topic: Topic | null = null;
  const published = await ctx.store.transaction(async (tx) => {
    const patch = { status: 'closed', closedAt: now, updatedAt: now, ...(result ? { result } : {}), ...(problem ? { problem } : {}) };
    if (!(await tx.update('votes', vote.id, patch, { status: 'closing' }))) return false;
    topic = closing.topicId ? await tx.get<Topic>('topics', closing.topicId) : null;
    if (topic && topic.status === 'resolution' && topic.voteId === vote.id) {
      await tx.update('topics', topic.id, { resolution: { voteId: vote.id, outcome, publishedAt: now }, updatedAt: now }, { status: 'resolution', voteId: vote.id });
      await tx.insert('topicEvents', topicEvent(topic.id, 'resolutionPublished', 'resolution', null, now, systemNote('council.noteOutcome', { outcome: `@outcome.${outcome}` })));
    } else topic = null;
    return true;
  });
  if (published) {
    const proposer = (topic as Topic | null)?.proposerId;
    await notify(ctx, [...electors.flatMap((elector) => elector.userIds), proposer], {
      communityId: vote.communityId,
      kind: 'council.votePublished',
      params: { question: vote.question, outcome: `@outcome.${outcome}` },
      link: voteLink(vote.id),
    });
  }
  return reload(ctx.store, vote);
}

/** Brings a stored vote up to the clock: opens it or closes it if its time has come. */
export async function settleVote(ctx: LifeContext, vote: Vote): Promise<Vote> {
  const now = ctx.clock.now();
  if (isDueToOpen(vote, now)) vote = await openVote(ctx, vote);
  if (isDueToClose(vote, ctx.clock.now())) vote = await closeVote(ctx, vote);
  return vote;
}

/** Every vote whose time has come, across communities: the timer job's work. Answers how many it moved. */
export async function settleDueVotes(ctx: LifeContext): Promise<number> {
  const now = ctx.clock.now();
  const due = [
    ...(await ctx.store.find<Vote>('votes', { status: 'draft', opensAt: { $lte: now } })),
    ...(await ctx.store.find<Vote>('votes', { status: 'open', closesAt: { $lte: now } })),
    ...(await ctx.store.find<Vote>('votes', { status: 'closing' })),
  ];
  let moved = 0;
  for (const vote of due) {
    const after = await settleVote(ctx, vote);
    if (after.status !== vote.status) moved += 1;
  }
  return moved;
}
