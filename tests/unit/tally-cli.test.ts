// `npm run tally` recounts a vote from a file: one JSON object with the outcome and figures, or exit code 2 with
// a reason (never a stack trace) for a file that cannot be counted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SAMPLES = join(ROOT, 'docs', 'tally-samples');

function runTally(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/tally.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'linli-tally-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run tally', () => {
  it.each([
    ['owners-elevator-major.json', 'passed'],
    ['owners-ordinary-no-quorum.json', 'no_quorum'],
    ['residents-assembly-no-quorum.json', 'no_quorum'],
    ['villagers-households-passed.json', 'passed'],
    ['representatives-exactly-half-rejected.json', 'rejected'],
    ['simple-sixty-percent.json', 'passed'],
    ['options-pick-one.json', 'passed'],
  ])('recounts %s as %s, printing one JSON object', (file, outcome) => {
    const run = runTally(join(SAMPLES, file));
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { outcome: string; quorum: unknown; threshold: unknown; takingPart: unknown };
    expect(printed.outcome).toBe(outcome);
    expect(printed).toHaveProperty('quorum.tests');
    expect(printed).toHaveProperty('takingPart.voters');
  });

  it('prints the owners’ figures: area and headcount, with the owner of two units counted once', () => {
    const printed = JSON.parse(runTally(join(SAMPLES, 'owners-elevator-major.json')).stdout);
    expect(printed).toMatchObject({ electorate: { voters: 12, owners: 11, area: 971.64 }, takingPart: { voters: 11, owners: 10, area: 899.26 } });
  });

  const refusals: Array<[string, () => string[], RegExp]> = [
    ['a file with two ballots from one voter', () => [join(SAMPLES, 'broken-second-ballot.json')], /voter "h1" has a second ballot/],
    ['a missing file', () => [join(scratch, 'nope.json')], /no such file/],
    ['a file that is not JSON', () => [write('broken.json', '{"rule": ')], /not valid JSON/],
    ['a file of the wrong shape', () => [write('shape.json', '{"rule":"council","electorate":[],"ballots":[]}')], /"rule" is one of/],
    ['no file at all', () => [], /usage: npm run -s tally -- FILE.json/],
  ];
  it.each(refusals)('answers %s with exit code 2 and a reason, no stack trace', (_name, args, reason) => {
    const run = runTally(...args());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(reason);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

function write(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}
