// The rules of 居民议事 and 表决 on their own: the topic machine, who may support and when, vote settings the
// statute accepts, ballots that fit the vote, the tally file's pairing of secret ballots, and every reason key
// the handlers answer having words in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPIC_MACHINE, type TopicMove } from '../../src/domain/councils/machine';
import { supportRefusal, topicAbilities } from '../../src/domain/councils/rules';
import type { Topic, TopicStatus } from '../../src/domain/councils/types';
import { isActionName } from '../../src/domain/actions';
import { MESSAGES, NOTICE_KINDS } from '../../src/domain/messages';
import type { Actor } from '../../src/domain/roles';
import { isEditable, VOTE_MACHINE } from '../../src/domain/votes/machine';
import { checkVoteSettings, optionsOf, picksFor } from '../../src/domain/votes/settings';
import { tally } from '../../src/domain/votes/tally';
import { tallyInputOf } from '../../src/domain/votes/tallyInput';
import type { Vote, VoteBallot, VoteElector, VoteSettings, VoteTurnout } from '../../src/domain/votes/types';

const STATUSES: TopicStatus[] = ['proposal', 'deliberation', 'resolution', 'implementation', 'accepted', 'declined', 'merged'];
const ALLOWED: Record<TopicMove, Partial<Record<TopicStatus, TopicStatus>>> = {
  reachAgenda: { proposal: 'deliberation' },
  putOnAgenda: { proposal: 'deliberation' },
  merge: { proposal: 'merged', deliberation: 'merged' },
  decline: { proposal: 'declined', deliberation: 'declined', resolution: 'declined' },
  openVote: { deliberation: 'resolution' },
  reconsider: { resolution: 'deliberation' },
  implement: { resolution: 'implementation' },
  accept: { implementation: 'accepted' },
};

describe('TOPIC_MACHINE (四议两公开)', () => {
  it('declares exactly the moves of this table', () => expect(Object.keys(TOPIC_MACHINE.moves).sort()).toEqual(Object.keys(ALLOWED).sort()));
  for (const move of Object.keys(ALLOWED) as TopicMove[]) {
    for (const from of STATUSES) {
      const to = ALLOWED[move][from];
      it(`${move} from ${from} ${to ? `leads to ${to}` : 'is refused'}`, () => {
        expect(TOPIC_MACHINE.move(from, move)).toEqual(to ? { kind: 'ok', to } : { kind: 'invalid_transition', from, move });
      });
    }
  }
  it('stops ballots before counting: open → closing → closed, and nothing back', () => {
    expect(VOTE_MACHINE.movesFrom('draft')).toEqual(['open']);
    expect(VOTE_MACHINE.movesFrom('open')).toEqual(['close']);
    expect(VOTE_MACHINE.movesFrom('closing')).toEqual(['publish']);
    expect(VOTE_MACHINE.movesFrom('closed')).toEqual([]);
  });
});

const NOW = Date.parse('2026-11-20T09:00:00+08:00');
const resident: Actor = { userId: 'u1', role: 'resident', gridIds: [], communityId: 'c', gridId: 'g-2', buildingId: 'b-5', householdId: 'h' };
const topic = (overrides: Partial<Topic> = {}): Topic => ({
  id: 't', communityId: 'c', title: 't', description: 'd', photos: [], audience: { level: 'building', ids: ['b-5'] }, proposerId: 'u0', byCommittee: false,
  status: 'proposal', supportCount: 0, supportNeeded: 3, supportUntil: NOW + 1000, minutesPhotos: [], resultPhotos: [], createdAt: NOW, updatedAt: NOW, ...overrides,
});

describe('supportRefusal', () => {
  it.each([
    ['a neighbour of 5栋 within the days', topic(), null],
    ['the proposer', topic({ proposerId: 'u1' }), 'own_topic'],
    ['after the last day', topic({ supportUntil: NOW - 1 }), 'window_closed'],
    ['on the last millisecond', topic({ supportUntil: NOW }), null],
    ['a topic already on the agenda', topic({ status: 'deliberation' }), 'not_collecting'],
    ['a topic of another building', topic({ audience: { level: 'building', ids: ['b-4'] } }), 'outside_audience'],
  ])('for %s is %p', (_name, subject, refusal) => {
    expect(supportRefusal(resident, subject, NOW)?.kind ?? null).toBe(refusal);
  });

  it('offers the committee only the moves its state allows', () => {
    const committee: Actor = { userId: 'c1', role: 'committee', gridIds: [], communityId: 'c' };
    expect(topicAbilities(committee, topic(), NOW, false)).toMatchObject({ putOnAgenda: true, openVote: false, decline: true, implement: false });
    expect(topicAbilities(committee, topic({ status: 'resolution', voteId: 'v', resolution: { voteId: 'v', outcome: 'passed', publishedAt: NOW } }), NOW, false)).toMatchObject({ implement: true, reconsider: false });
    expect(topicAbilities({ ...committee, communityId: 'other' }, topic(), NOW, false)).toMatchObject({ putOnAgenda: false, decline: false });
  });
});

const settings = (overrides: Partial<VoteSettings> = {}): VoteSettings => ({
  question: 'q', kind: 'yes_no', options: optionsOf('yes_no', []), maxChoices: 1, rule: 'residents_assembly',
  electorate: { kind: 'residents', audience: { level: 'community' } }, secret: true, opensAt: NOW, closesAt: NOW + 1, ...overrides,
});

describe('checkVoteSettings', () => {
  it.each([
    ['a residents’ assembly of residents', settings(), 'ok'],
    ['a residents’ assembly of households', settings({ electorate: { kind: 'households', audience: { level: 'community' } } }), 'ok'],
    ['a residents’ assembly of owners', settings({ electorate: { kind: 'owners', audience: { level: 'community' } } }), 'electorate_mismatch'],
    ['an owners’ decision without its matter', settings({ rule: 'owners_assembly', electorate: { kind: 'owners', audience: { level: 'community' } } }), 'matter_required'],
    ['representatives without their list', settings({ rule: 'villagers_representatives', electorate: { kind: 'listed', audience: { level: 'community' } } }), 'members_required'],
    ['units across two buildings', settings({ rule: 'owners_assembly', matter: 'major', electorate: { kind: 'owners', audience: { level: 'building', ids: ['b-5', 'b-6'] }, units: ['2'] } }), 'units_need_one_building'],
    ['a simple vote without shares', settings({ rule: 'simple' }), 'shares_required'],
    ['closing as it opens', settings({ closesAt: NOW }), 'closes_before_opening'],
    ['opening an hour ago', settings({ opensAt: NOW - 3_600_000 }), 'opens_in_past'],
    ['lasting 91 days', settings({ closesAt: NOW + 91 * 86_400_000 }), 'too_long'],
    ['one option only', settings({ kind: 'options', options: optionsOf('options', ['东门']) }), 'options_needed'],
    ['three of two options', settings({ kind: 'options', options: optionsOf('options', ['东门', '北门']), maxChoices: 3 }), 'max_choices'],
  ])('%s → %s', (_name, subject, kind) => {
    expect(checkVoteSettings(subject, NOW).kind).toBe(kind);
  });

  it('freezes from the opening time on, even while stored as a draft', () => {
    expect(isEditable({ status: 'draft', opensAt: NOW + 1 }, NOW)).toBe(true);
    expect(isEditable({ status: 'draft', opensAt: NOW }, NOW)).toBe(false);
    expect(isEditable({ status: 'open', opensAt: NOW + 1 }, NOW)).toBe(false);
  });
});

describe('picksFor', () => {
  const options = { kind: 'options' as const, options: optionsOf('options', ['东门', '北门', '南门']), maxChoices: 2 };
  it.each([
    [settings(), ['yes'], ['yes']],
    [settings(), ['yes', 'no'], null],
    [settings(), [], null],
    [settings(), ['maybe'], null],
    [options, ['o2', 'o1'], ['o1', 'o2']],
    [options, [], []],
    [options, ['o1', 'o2', 'o3'], null],
    [options, ['o1', 'o1'], null],
  ] as const)('%#: %j → %j', (vote, choice, picks) => {
    expect(picksFor(vote, choice)).toEqual(picks);
  });
});

describe('tallyInputOf', () => {
  const vote = (overrides: Partial<Vote> = {}): Vote => ({ ...settings(), id: 'v', communityId: 'c', topicId: null, status: 'closed', createdBy: 'x', createdAt: NOW, updatedAt: NOW, turnout: 0, pseudonymKey: 'k', ...overrides });
  const elector = (key: string, extra: Partial<VoteElector> = {}): VoteElector => ({ id: `v:${key}`, voteId: 'v', communityId: 'c', voterKey: key, label: key, userIds: [], createdAt: NOW, ...extra });
  const turnout = (key: string): VoteTurnout => ({ id: `v:${key}`, voteId: 'v', communityId: 'c', voterKey: key, channel: 'online', castBy: key });
  const ballot = (id: string, picks: string[], extra: Partial<VoteBallot> = {}): VoteBallot => ({ id, voteId: 'v', communityId: 'c', picks, ...extra });

  it('pairs secret ballots with participants arbitrarily, which changes no figure whatever the names', () => {
    const electors = ['p:a', 'p:b', 'p:c', 'p:d'].map((key) => elector(key));
    const turnouts = ['p:a', 'p:b', 'p:c'].map(turnout);
    const ballots = [ballot('b3', ['no']), ballot('b1', ['yes']), ballot('b2', ['yes'])];
    const plain = tally(tallyInputOf(vote(), electors, turnouts, ballots));
    const renamed = tally(tallyInputOf(vote(), electors, turnouts, ballots, (key) => `x${key.split('').reverse().join('')}`));
    expect(renamed).toEqual(plain);
    expect(plain.counts).toEqual({ yes: { voters: 2 }, no: { voters: 1 }, abstain: { voters: 0 } });
  });

  it('pairs owners’ ballots only with owners of the same area and number of homes', () => {
    const owners = vote({ rule: 'owners_assembly', matter: 'ordinary', electorate: { kind: 'owners', audience: { level: 'community' } } });
    const electors = [
      elector('o:1', { units: [{ unitId: 'u1', label: '101', area: 9000 }], weight: 9000 }),
      elector('o:2', { units: [{ unitId: 'u2', label: '102', area: 4500 }, { unitId: 'u3', label: '103', area: 4500 }], weight: 9000 }),
      elector('o:3', { units: [{ unitId: 'u4', label: '201', area: 7000 }], weight: 7000 }),
    ];
    const ballots = [ballot('b1', ['no'], { weight: 7000, units: 1 }), ballot('b2', ['yes'], { weight: 9000, units: 2 }), ballot('b3', ['yes'], { weight: 9000, units: 1 })];
    const input = tallyInputOf(owners, electors, ['o:1', 'o:2', 'o:3'].map(turnout), ballots);
    expect(input.ballots).toEqual([
      { voter: 'u1', choice: 'yes' },
      { voter: 'u2', choice: 'yes' },
      { voter: 'u3', choice: 'yes' },
      { voter: 'u4', choice: 'no' },
    ]);
  });

  it('refuses to pair when turnout and ballots disagree', () => {
    expect(() => tallyInputOf(vote(), [elector('p:a')], [turnout('p:a')], [])).toThrow(/disagree/);
  });
});

describe('the words of the handlers', () => {
  const dirs = ['councils', 'votes', 'register'].map((dir) => join(__dirname, '..', '..', 'cloud', 'handlers', dir));
  const keys = new Set<string>();
  for (const dir of dirs) {
    for (const file of readdirSync(dir)) {
      for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/'((?:council|vote|register|scope|common|outcome|topicStatus)\.[A-Za-z]+)'/g)) keys.add(match[1]!);
    }
  }
  const words = (key: string) => MESSAGES[key] ?? (NOTICE_KINDS as Record<string, { title: { zh: string; en: string } }>)[key]?.title;
  it.each([...keys].filter((key) => !isActionName(key)).sort())('%s has Chinese and English words', (key) => {
    expect(words(key)?.zh).toBeTruthy();
    expect(words(key)?.en).toBeTruthy();
  });
});
