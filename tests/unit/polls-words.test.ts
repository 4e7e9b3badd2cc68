// Every message key the polls layer can answer or show is in the shared table, in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGES } from '../../src/domain/messages';

const ROOT = join(__dirname, '..', '..');
const sources = ['cloud/handlers/polls', 'src/domain/polls'].flatMap((dir) =>
  readdirSync(join(ROOT, dir)).map((file) => readFileSync(join(ROOT, dir, file), 'utf8')),
);
const keys = [...new Set(sources.flatMap((source) => [...source.matchAll(/'(poll\.[A-Za-z.]+|scope\.[A-Za-z]+|common\.[A-Za-z]+)'/g)].map((match) => match[1]!)))];

describe('poll messages', () => {
  it('finds the keys the handlers and rules use', () => expect(keys.length).toBeGreaterThan(30));

  it.each(keys)('has %s in Chinese and English', (key) => {
    expect(MESSAGES[key]?.zh).toBeTruthy();
    expect(MESSAGES[key]?.en).toBeTruthy();
  });
});
