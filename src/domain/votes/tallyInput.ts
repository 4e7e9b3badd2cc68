// The tally file of a stored vote: the frozen electorate and the ballots, matched the only way a secret ballot
// allows. Ballots carry no voter, so each is paired with a participant arbitrarily (by its random id) — owners'
// ballots only with owners of the same weight — which changes no figure and reveals nothing.
import { formatArea } from './area';
import type { Ballot, Elector, TallyInput } from './tally';
import type { Vote, VoteBallot, VoteElector, VoteTurnout } from './types';

/** Renames a stored key for the file: the identity inside the cloud, a keyed pseudonym in a secret vote's download. */
export type Rename = (key: string) => string;

const byKey = <T>(key: (item: T) => string) => (a: T, b: T): number => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

function pair(participants: VoteElector[], ballots: VoteBallot[], rename: Rename, named: boolean): Array<[VoteElector, VoteBallot]> {
  if (participants.length !== ballots.length) throw new Error(`turnout ${participants.length} and ballots ${ballots.length} disagree`);
  if (named) {
    const ballotOf = new Map(ballots.map((ballot) => [ballot.voterKey, ballot]));
    return participants.map((elector) => {
      const ballot = ballotOf.get(elector.voterKey);
      if (!ballot) throw new Error(`no named ballot for ${elector.voterKey}`);
      return [elector, ballot];
    });
  }
  // Within each weight (area and number of units; none outside owners' votes), participants by pseudonym meet
  // ballots by random id.
  const groups = new Map<string, { electors: VoteElector[]; ballots: VoteBallot[] }>();
  const groupOf = (weight = 0, units = 0) => {
    const key = `${weight}/${units}`;
    return groups.get(key) ?? groups.set(key, { electors: [], ballots: [] }).get(key)!;
  };
  for (const elector of participants) groupOf(elector.weight, elector.units?.length).electors.push(elector);
  for (const ballot of ballots) groupOf(ballot.weight, ballot.units).ballots.push(ballot);
  const pairs: Array<[VoteElector, VoteBallot]> = [];
  for (const [weight, group] of groups) {
    if (group.electors.length !== group.ballots.length) throw new Error(`ballots of weight ${weight} do not match their owners`);
    group.electors.sort(byKey((elector) => rename(elector.voterKey)));
    group.ballots.sort(byKey((ballot) => ballot.id));
    group.electors.forEach((elector, index) => pairs.push([elector, group.ballots[index]!]));
  }
  return pairs;
}

const choiceOf = (vote: Vote, picks: readonly string[]): string | string[] => (vote.kind === 'yes_no' ? picks[0]! : [...picks]);

export function tallyInputOf(vote: Vote, electors: VoteElector[], turnouts: VoteTurnout[], ballots: VoteBallot[], rename: Rename = (key) => key): TallyInput {
  const took = new Set(turnouts.map((turnout) => turnout.voterKey));
  const participants = electors.filter((elector) => took.has(elector.voterKey));
  const pairs = pair(participants, ballots, rename, !vote.secret);
  const owners = vote.rule === 'owners_assembly';

  const electorate: Elector[] = owners
    ? electors.flatMap((elector) =>
        (elector.units ?? []).map((unit) => ({ voter: rename(unit.unitId), owner: rename(elector.voterKey), area: formatArea(unit.area) })),
      )
    : electors.map((elector) => ({ voter: rename(elector.voterKey) }));
  const cast: Ballot[] = pairs.flatMap(([elector, ballot]) =>
    owners
      ? (elector.units ?? []).map((unit) => ({ voter: rename(unit.unitId), choice: choiceOf(vote, ballot.picks) }))
      : [{ voter: rename(elector.voterKey), choice: choiceOf(vote, ballot.picks) }],
  );
  electorate.sort(byKey((elector) => elector.voter));
  cast.sort(byKey((ballot) => ballot.voter));

  return {
    rule: vote.rule,
    ...(vote.basis ? { basis: vote.basis } : {}),
    ...(vote.matter ? { matter: vote.matter } : {}),
    ...(vote.quorum ? { quorum: vote.quorum } : {}),
    ...(vote.threshold ? { threshold: vote.threshold } : {}),
    ...(vote.kind === 'options' ? { options: vote.options.map((option) => option.key), maxChoices: vote.maxChoices } : {}),
    electorate,
    ballots: cast,
  };
}
