// The statutes' decision rules, case by case at every boundary: 以上 includes the number, 过半数 is strictly more
// than half, abstentions take part, owners are counted by area AND headcount with one owner counted once.
import { formatArea, parseArea } from '../../src/domain/votes/area';
import { reaches } from '../../src/domain/votes/share';
import { tally, TallyError, type Ballot, type Elector, type TallyInput } from '../../src/domain/votes/tally';
import { readTallyFile } from '../../src/domain/votes/tallyFile';

/** n electors v1…vn (people or households). */
const electors = (n: number): Elector[] => Array.from({ length: n }, (_, i) => ({ voter: `v${i + 1}` }));

/** Ballots from v1 onwards: `yes` yeses, then `no` noes, then `abstain` abstentions. */
function ballots(yes: number, no = 0, abstain = 0): Ballot[] {
  const choices = [...Array(yes).fill('yes'), ...Array(no).fill('no'), ...Array(abstain).fill('abstain')] as string[];
  return choices.map((choice, i) => ({ voter: `v${i + 1}`, choice }));
}

type Row = [name: string, electorate: number, yes: number, no: number, abstain: number, outcome: string];

function table(settings: Omit<TallyInput, 'electorate' | 'ballots'>, rows: Row[]) {
  it.each(rows)('%s', (_name, size, yes, no, abstain, outcome) => {
    expect(tally({ ...settings, electorate: electors(size), ballots: ballots(yes, no, abstain) }).outcome).toBe(outcome);
  });
}

describe('residents_assembly (城市居民委员会组织法 art. 12: more than half attend, more than half of them agree)', () => {
  table({ rule: 'residents_assembly' }, [
    ['exactly half of 10 taking part is no quorum', 10, 5, 0, 0, 'no_quorum'],
    ['one over half of 10 (6) is a quorum', 10, 6, 0, 0, 'passed'],
    ['6 of 11 (just over half) is a quorum', 11, 4, 2, 0, 'passed'],
    ['5 of 11 (one under) is no quorum', 11, 5, 0, 0, 'no_quorum'],
    ['exactly half of those taking part agreeing is rejected', 10, 3, 3, 0, 'rejected'],
    ['one over half of those taking part agreeing passes', 10, 4, 2, 0, 'passed'],
    ['abstentions take part: 3 yes, 2 no, 1 abstain is exactly half and rejected', 10, 3, 2, 1, 'rejected'],
    ['abstentions take part: 4 of 7 agreeing passes', 10, 4, 0, 3, 'passed'],
    ['everyone abstaining is a quorum but nobody agrees', 10, 0, 0, 10, 'rejected'],
    ['nobody taking part is no quorum', 10, 0, 0, 0, 'no_quorum'],
  ]);

  it('reports turnout and each choice with the statute it applied', () => {
    const result = tally({ rule: 'residents_assembly', basis: 'households', electorate: electors(10), ballots: ballots(4, 1, 1) });
    expect(result).toMatchObject({
      outcome: 'passed',
      basis: 'households',
      source: '城市居民委员会组织法 第十二条',
      electorate: { voters: 10 },
      takingPart: { voters: 6 },
      counts: { yes: { voters: 4 }, no: { voters: 1 }, abstain: { voters: 1 } },
      quorum: { met: true, tests: [{ of: 'voters', need: 'more than 1/2', part: 6, whole: 10, percent: 60, met: true }] },
      threshold: { met: true, tests: [{ option: 'yes', of: 'voters', need: 'more than 1/2', part: 4, whole: 6, percent: 66.67, met: true }] },
    });
  });
});

describe('villagers_assembly (村民委员会组织法 art. 22)', () => {
  describe('basis persons: more than half of the adult villagers', () => {
    table({ rule: 'villagers_assembly', basis: 'persons' }, [
      ['exactly half is no quorum', 20, 10, 0, 0, 'no_quorum'],
      ['one over half is a quorum', 20, 11, 0, 0, 'passed'],
      ['exactly half of those present agreeing is rejected', 20, 6, 6, 0, 'rejected'],
    ]);
  });
  describe("basis households: at least two thirds of the households' representatives", () => {
    table({ rule: 'villagers_assembly', basis: 'households' }, [
      ['exactly 2/3 (6 of 9) is a quorum', 9, 6, 0, 0, 'passed'],
      ['one under 2/3 (5 of 9) is no quorum', 9, 5, 0, 0, 'no_quorum'],
      ['7 of 10 (over 2/3) is a quorum', 10, 7, 0, 0, 'passed'],
      ['6 of 10 (under 2/3) is no quorum', 10, 6, 0, 0, 'no_quorum'],
      ['more than half of those present agreeing passes', 9, 4, 3, 0, 'passed'],
      ['exactly half of those present agreeing is rejected', 9, 3, 2, 1, 'rejected'],
    ]);
  });
});

describe('villagers_representatives (arts. 25–26: at least two thirds present, more than half of them agree)', () => {
  table({ rule: 'villagers_representatives' }, [
    ['exactly 2/3 present (20 of 30) is a quorum', 30, 11, 9, 0, 'passed'],
    ['one under 2/3 present (19 of 30) is no quorum', 30, 19, 0, 0, 'no_quorum'],
    ['exactly half of those present agreeing (10 of 20) is rejected', 30, 10, 10, 0, 'rejected'],
    ['one over half of those present (11 of 20) passes', 30, 11, 8, 1, 'passed'],
  ]);
});

describe('simple (the committee’s own quorum and threshold)', () => {
  const sixtyPercent = { rule: 'simple' as const, quorum: { atLeast: [1, 2] as const }, threshold: { atLeast: [3, 5] as const } };
  table(sixtyPercent, [
    ['at least half taking part: exactly half (5 of 10) is a quorum', 10, 3, 2, 0, 'passed'],
    ['one under half is no quorum', 10, 4, 0, 0, 'no_quorum'],
    ['exactly 60% agreeing passes', 10, 3, 2, 0, 'passed'],
    ['one under 60% is rejected', 10, 2, 3, 0, 'rejected'],
  ]);
  table({ rule: 'simple', quorum: { moreThan: [1, 2] }, threshold: { moreThan: [1, 2] } }, [
    ['more than half taking part: exactly half is no quorum', 10, 5, 0, 0, 'no_quorum'],
  ]);
});

/** Units u1…un of `area` m² each, each with its own owner o1…on unless `owners` says otherwise. */
const units = (areas: Array<number | string>, owners?: string[]): Elector[] =>
  areas.map((area, i) => ({ voter: `u${i + 1}`, owner: owners?.[i] ?? `o${i + 1}`, area }));
const unitBallots = (choices: Array<[unit: number, choice: string]>): Ballot[] => choices.map(([unit, choice]) => ({ voter: `u${unit}`, choice }));
const choices = (yes: number[], no: number[] = [], abstain: number[] = []): Array<[number, string]> => [
  ...yes.map((unit): [number, string] => [unit, 'yes']),
  ...no.map((unit): [number, string] => [unit, 'no']),
  ...abstain.map((unit): [number, string] => [unit, 'abstain']),
];
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('owners_assembly (民法典 art. 278: 2/3 of area AND owners take part)', () => {
  const twelve = units(Array(12).fill(100));
  const owners = (matter: 'ordinary' | 'major', cast: Array<[number, string]>) =>
    tally({ rule: 'owners_assembly', matter, electorate: twelve, ballots: unitBallots(cast) });

  it('exactly 2/3 of area and owners taking part (8 of 12) is a quorum', () => {
    expect(owners('ordinary', choices(range(1, 8))).quorum.met).toBe(true);
  });
  it('one under 2/3 (7 of 12) is no quorum', () => {
    expect(owners('ordinary', choices(range(1, 7))).outcome).toBe('no_quorum');
  });
  it('major matter: exactly 3/4 of the participating area and owners agreeing (6 of 8) passes', () => {
    expect(owners('major', choices(range(1, 6), [7, 8])).outcome).toBe('passed');
  });
  it('major matter: one under 3/4 (5 of 8) is rejected', () => {
    expect(owners('major', choices(range(1, 5), [6], [7, 8])).outcome).toBe('rejected');
  });
  it('ordinary matter: exactly half (4 of 8) is rejected, one over half (5 of 8) passes', () => {
    expect(owners('ordinary', choices(range(1, 4), range(5, 8))).outcome).toBe('rejected');
    expect(owners('ordinary', choices(range(1, 5), range(6, 8))).outcome).toBe('passed');
  });

  // One large unit (u1, 800 m²) and nine of 50 m²: area and headcount can disagree.
  const lopsided = units([800, ...Array(9).fill(50)]);
  const lop = (matter: 'ordinary' | 'major', cast: Array<[number, string]>) => tally({ rule: 'owners_assembly', matter, electorate: lopsided, ballots: unitBallots(cast) });

  it('needs both for a quorum: enough area but too few owners is no quorum', () => {
    const result = lop('ordinary', choices([1, 2, 3]));
    expect(result.quorum.tests.map((t) => [t.of, t.met])).toEqual([['area', true], ['owners', false]]);
    expect(result.outcome).toBe('no_quorum');
  });
  it('needs both for a quorum: enough owners but too little area is no quorum', () => {
    const result = lop('ordinary', choices(range(2, 10)));
    expect(result.quorum.tests.map((t) => [t.of, t.met])).toEqual([['area', false], ['owners', true]]);
    expect(result.outcome).toBe('no_quorum');
  });
  it('needs both to pass: 3/4 of the area agreeing but not 3/4 of the owners is rejected', () => {
    const result = lop('major', choices(range(1, 6), range(7, 10)));
    expect(result.threshold.tests.map((t) => [t.of, t.met])).toEqual([['area', true], ['owners', false]]);
    expect(result.outcome).toBe('rejected');
  });
  it('needs both to pass: 3/4 of the owners agreeing but not 3/4 of the area is rejected', () => {
    const result = lop('major', choices(range(2, 10), [1]));
    expect(result.threshold.tests.map((t) => [t.of, t.met])).toEqual([['area', false], ['owners', true]]);
    expect(result.outcome).toBe('rejected');
  });

  it('compares two-decimal areas exactly: 99.99 of 133.32 m² is exactly 3/4, 99.98 is under', () => {
    const four = units(['33.33', '33.33', '33.33', '33.33']);
    const exactly = tally({ rule: 'owners_assembly', matter: 'major', electorate: four, ballots: unitBallots(choices([1, 2, 3], [4])) });
    const area = exactly.threshold.tests.find((t) => t.of === 'area')!;
    expect([area.part, area.whole, area.met]).toEqual([99.99, 133.32, true]);
    const under = units(['33.33', '33.33', '33.32', '33.34']);
    const short = tally({ rule: 'owners_assembly', matter: 'major', electorate: under, ballots: unitBallots(choices([1, 2, 3], [4])) });
    expect(short.threshold.tests.find((t) => t.of === 'area')!.met).toBe(false);
  });
  it('compares 2/3 of the area exactly: 66.67 of 100.00 m² reaches it, 66.66 does not', () => {
    const reach = (first: string, second: string) =>
      tally({ rule: 'owners_assembly', matter: 'ordinary', electorate: units([first, second]), ballots: unitBallots(choices([1])) });
    expect(reach('66.67', '33.32').quorum.tests.find((t) => t.of === 'area')!.met).toBe(true);
    expect(reach('66.66', '33.34').quorum.tests.find((t) => t.of === 'area')!.met).toBe(false);
  });

  it('counts one person owning several units once (art. 9), with all their area', () => {
    const result = tally({
      rule: 'owners_assembly',
      matter: 'ordinary',
      electorate: units([90, 90, 90, 90, 90, 90], ['p1', 'p1', 'p1', 'p2', 'p3', 'p4']),
      ballots: unitBallots(choices([1, 2, 3])),
    });
    expect(result.electorate).toEqual({ voters: 6, owners: 4, area: 540 });
    expect(result.takingPart).toEqual({ voters: 3, owners: 1, area: 270 });
    expect(result.outcome).toBe('no_quorum');
  });
  it("counts the developer's unsold units as one owner (art. 9)", () => {
    const result = tally({
      rule: 'owners_assembly',
      matter: 'ordinary',
      electorate: units([80, 80, 80, 80, 80, 80], ['developer', 'developer', 'developer', 'developer', 'o5', 'o6']),
      ballots: unitBallots(choices([5, 6])),
    });
    expect(result.electorate.owners).toBe(3);
    // 2 of 3 owners take part (exactly 2/3) but only 160 of 480 m²: no quorum.
    expect(result.quorum.tests.map((t) => t.met)).toEqual([false, true]);
  });
  it('refuses one owner choosing differently on two units', () => {
    expect(() =>
      tally({ rule: 'owners_assembly', matter: 'ordinary', electorate: units([90, 90], ['p1', 'p1']), ballots: unitBallots([[1, 'yes'], [2, 'no']]) }),
    ).toThrow(/owner "p1" chose differently/);
  });
  it('reports area and headcount per choice', () => {
    const result = tally({ rule: 'owners_assembly', matter: 'major', electorate: units([89.5, 120.25, 60]), ballots: unitBallots(choices([1, 2], [3])) });
    expect(result.counts).toEqual({
      yes: { voters: 2, owners: 2, area: 209.75 },
      no: { voters: 1, owners: 1, area: 60 },
      abstain: { voters: 0, owners: 0, area: 0 },
    });
    expect(result).toMatchObject({ matter: 'major', source: '民法典 第二百七十八条第二款（第六至八项）' });
  });
});

describe('votes with several options', () => {
  const pick = (voter: number, choice: string | string[]): Ballot => ({ voter: `v${voter}`, choice });

  it('adopts the option more than half of those taking part chose; an abstention takes part', () => {
    const cast = [1, 2, 3, 4, 5].map((v) => pick(v, 'a')).concat([pick(6, 'b'), pick(7, 'b'), pick(8, 'abstain')]);
    const result = tally({ rule: 'residents_assembly', options: ['a', 'b', 'c'], electorate: electors(10), ballots: cast });
    expect(result).toMatchObject({ outcome: 'passed', adopted: ['a'], tie: false, counts: { a: { voters: 5 }, b: { voters: 2 }, abstain: { voters: 1 } } });
  });
  it('adopts none when the best has exactly half', () => {
    const cast = [1, 2, 3, 4].map((v) => pick(v, 'a')).concat([5, 6, 7, 8].map((v) => pick(v, 'b')));
    expect(tally({ rule: 'residents_assembly', options: ['a', 'b'], electorate: electors(10), ballots: cast })).toMatchObject({ outcome: 'rejected', adopted: [] });
  });
  it('keeps at most K options and adopts none of those tied across the cut', () => {
    const cast = [
      pick(1, ['a', 'b']), pick(2, ['a', 'c']), pick(3, ['a', 'b']), pick(4, ['a', 'c']),
      pick(5, ['a', 'b']), pick(6, ['a', 'c']), pick(7, ['b']), pick(8, ['c']),
    ];
    const settings = { rule: 'simple' as const, quorum: { atLeast: [1, 2] as const }, threshold: { atLeast: [1, 4] as const }, options: ['a', 'b', 'c'], maxChoices: 2 };
    expect(tally({ ...settings, electorate: electors(8), ballots: cast })).toMatchObject({ outcome: 'passed', adopted: ['a'], tie: true });
  });
  it('refuses a ballot choosing more than K options', () => {
    expect(() => tally({ rule: 'residents_assembly', options: ['a', 'b'], electorate: electors(3), ballots: [pick(1, ['a', 'b'])] })).toThrow(/at most 1/);
  });
});

describe('tally refuses input it cannot count', () => {
  const cases: Array<[string, TallyInput, RegExp]> = [
    ['an empty electorate', { rule: 'residents_assembly', electorate: [], ballots: [] }, /electorate is empty/],
    ['a ballot from outside the electorate', { rule: 'residents_assembly', electorate: electors(2), ballots: [{ voter: 'x', choice: 'yes' }] }, /"x" is not in the electorate/],
    ['a second ballot from one voter', { rule: 'residents_assembly', electorate: electors(2), ballots: [{ voter: 'v1', choice: 'yes' }, { voter: 'v1', choice: 'no' }] }, /second ballot/],
    ['an elector listed twice', { rule: 'residents_assembly', electorate: [{ voter: 'v1' }, { voter: 'v1' }], ballots: [] }, /listed twice/],
    ['a choice that is not yes, no or abstain', { rule: 'residents_assembly', electorate: electors(2), ballots: [{ voter: 'v1', choice: 'maybe' }] }, /"yes", "no" or "abstain"/],
    ['a villagers’ assembly without its basis', { rule: 'villagers_assembly', electorate: electors(2), ballots: [] }, /basis/],
    ['an owners’ vote without its matter', { rule: 'owners_assembly', electorate: units([90]), ballots: [] }, /matter/],
    ['an area with three decimals', { rule: 'owners_assembly', matter: 'major', electorate: units(['89.555']), ballots: [] }, /two decimals/],
    ['a unit of no area', { rule: 'owners_assembly', matter: 'major', electorate: units([0]), ballots: [] }, /positive area/],
    ['a unit without its owner', { rule: 'owners_assembly', matter: 'major', electorate: [{ voter: 'u1', area: 90 }], ballots: [] }, /owner/],
    ['a simple vote without its quorum', { rule: 'simple', threshold: { moreThan: [1, 2] }, electorate: electors(2), ballots: [] }, /quorum/],
  ];
  it.each(cases)('%s', (_name, input, message) => {
    expect(() => tally(input)).toThrow(TallyError);
    expect(() => tally(input)).toThrow(message);
  });
});

describe('readTallyFile', () => {
  it('reads the file format of the issue as it is', () => {
    const input = readTallyFile({
      rule: 'owners_assembly',
      matter: 'major',
      electorate: [{ voter: 'u1', owner: 'p1', area: 89.5 }],
      ballots: [{ voter: 'u1', choice: 'yes' }],
    });
    expect(tally(input)).toMatchObject({ outcome: 'passed', electorate: { voters: 1, owners: 1, area: 89.5 } });
  });
  it('names the entry at fault', () => {
    expect(() => readTallyFile({ rule: 'residents_assembly', electorate: [{ voter: 7 }], ballots: [] })).toThrow(/electorate\.0\.voter/);
    expect(() => readTallyFile({ rule: 'council', electorate: [], ballots: [] })).toThrow(/"rule" is one of/);
  });
});

describe('areas and shares', () => {
  it.each([
    ['89.5', 8950], [89.5, 8950], ['89.50', 8950], ['0.01', 1], [120, 12000], ['89.555', null], [-1, null], [0, null], ['1e3', null], [Number.NaN, null],
  ] as Array<[string | number, number | null]>)('parses %p as %p hundredths', (value, hundredths) => {
    expect(parseArea(value)).toBe(hundredths);
  });
  it('formats hundredths with two decimals', () => {
    expect([formatArea(8950), formatArea(1), formatArea(12000)]).toEqual(['89.50', '0.01', '120.00']);
  });
  it.each([
    [2, 3, { atLeast: [2, 3] }, true], [1, 2, { moreThan: [1, 2] }, false], [5, 9, { moreThan: [1, 2] }, true], [74, 100, { atLeast: [3, 4] }, false],
  ] as const)('%i of %i against %j is %p', (part, whole, share, met) => {
    expect(reaches(part, whole, share)).toBe(met);
  });
});
