// Every word on screen exists in zh-CN and en-US: the shared message table, the notice kinds, each client
// dictionary, and every message reference the schemas and the cloud hand to the app.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { actions } from '../../src/domain/actions';
import { MESSAGES, NOTICE_KINDS, hasMessage } from '../../src/domain/messages';
import { defineMessages } from '@/services/i18n';

// A dictionary module then exports its raw table instead of a hook.
jest.mock('@/services/i18n', () => ({ defineMessages: (messages: unknown) => messages }));

const ROOT = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const SOURCES = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'cloud'))].map((path) => ({
  file: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

/** The `{name}` placeholders of a text, so both languages fill the same ones. */
const placeholders = (text: string): string[] => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

/** Problems of one pair of wordings: a missing or blank language, or placeholders that differ. */
function problemsOf(name: string, zh: unknown, en: unknown): string[] {
  const problems: string[] = [];
  if (typeof zh !== 'string' || !zh.trim()) problems.push(`${name}: zh-CN missing`);
  if (typeof en !== 'string' || !en.trim()) problems.push(`${name}: en-US missing`);
  if (typeof zh === 'string' && typeof en === 'string' && placeholders(zh).join() !== placeholders(en).join()) {
    problems.push(`${name}: placeholders differ (${placeholders(zh).join()} / ${placeholders(en).join()})`);
  }
  return problems;
}

type Dictionary = { 'zh-CN': Record<string, string>; 'en-US': Record<string, string> };
const isDictionary = (value: unknown): value is Dictionary =>
  typeof value === 'object' && value !== null && 'zh-CN' in value && 'en-US' in value;

/** Every client dictionary: each module under src/ that calls defineMessages, with its exported tables. */
const DICTIONARIES = SOURCES.filter(({ file, text }) => file.startsWith('src/') && !file.endsWith('services/i18n.ts') && text.includes('defineMessages('))
  .flatMap(({ file }) =>
    Object.values(jest.requireActual<Record<string, unknown>>(join(ROOT, file)))
      .filter(isDictionary)
      .map((dictionary) => ({ file, dictionary })),
  );

/** Every message a valibot schema carries, walking objects, optionals, arrays, unions and pipes. */
function schemaMessages(schema: unknown, found: string[] = []): string[] {
  if (typeof schema !== 'object' || schema === null) return found;
  const node = schema as Record<string, unknown>;
  if (typeof node.message === 'string') found.push(node.message);
  for (const child of [node.wrapped, node.item]) schemaMessages(child, found);
  for (const child of Object.values((node.entries as Record<string, unknown>) ?? {})) schemaMessages(child, found);
  for (const list of [node.pipe, node.options, node.items]) {
    if (Array.isArray(list)) list.forEach((child) => schemaMessages(child, found));
  }
  return found;
}

/** Every match of `pattern`'s first group in the sources, with where it was found. */
const usesOf = (pattern: RegExp, files = SOURCES) =>
  files.flatMap(({ file, text }) => [...text.matchAll(pattern)].map((match) => ({ file, key: match[1] })));

const unknownKeys = (uses: Array<{ file: string; key: string }>) => uses.filter(({ key }) => !hasMessage(key)).map(({ file, key }) => `${file}: ${key}`);

describe('the shared message table', () => {
  it('words every message in zh-CN and en-US with the same placeholders', () => {
    expect(Object.keys(MESSAGES).length).toBeGreaterThan(50);
    expect(Object.entries(MESSAGES).flatMap(([key, wording]) => problemsOf(key, wording.zh, wording.en))).toEqual([]);
  });

  it('words every notice kind’s title and body in both languages', () => {
    expect(Object.keys(NOTICE_KINDS).length).toBeGreaterThan(5);
    const problems = Object.entries(NOTICE_KINDS).flatMap(([kind, spec]) => [
      ...problemsOf(`${kind} title`, spec.title.zh, spec.title.en),
      ...problemsOf(`${kind} body`, spec.body.zh, spec.body.en),
    ]);
    expect(problems).toEqual([]);
  });
});

describe('the client dictionaries', () => {
  it('finds the shell’s and every feature’s dictionary', () => {
    expect(DICTIONARIES.map(({ file }) => file).sort()).toEqual(
      expect.arrayContaining(['src/features/membership/messages.ts', 'src/features/reports/messages.ts', 'src/services/messages.ts']),
    );
  });

  it('gives every zh-CN word an en-US one and the other way round, none blank', () => {
    const problems = DICTIONARIES.flatMap(({ file, dictionary }) => {
      const keys = new Set([...Object.keys(dictionary['zh-CN']), ...Object.keys(dictionary['en-US'])]);
      return [...keys].flatMap((key) => problemsOf(`${file} ${key}`, dictionary['zh-CN'][key], dictionary['en-US'][key]));
    });
    expect(problems).toEqual([]);
  });

  it('refuses, at type-check time, a dictionary whose en-US lacks a zh-CN word', () => {
    // @ts-expect-error 'b' has no English
    defineMessages({ 'zh-CN': { a: '甲', b: '乙' }, 'en-US': { a: 'A' } });
    // @ts-expect-error 'c' has no Chinese
    defineMessages({ 'zh-CN': { a: '甲' }, 'en-US': { a: 'A', c: 'C' } });
    expect(defineMessages({ 'zh-CN': { a: '甲' }, 'en-US': { a: 'A' } })).toBeTruthy();
  });
});

describe('message references', () => {
  it('every schema message of every action input is a key of the table', () => {
    const refs = Object.entries(actions).flatMap(([name, spec]) => schemaMessages(spec.input).map((key) => ({ file: name, key })));
    expect(refs.length).toBeGreaterThan(30);
    expect(unknownKeys(refs)).toEqual([]);
  });

  it('every msg(), text() and photoIds() key written in src and cloud exists', () => {
    const uses = [
      ...usesOf(/\bmsg\('([^']+)'/g),
      ...usesOf(/\b(?:text|photoIds)\(\d+, '([^']+)'/g),
    ];
    expect(uses.length).toBeGreaterThan(20);
    expect(unknownKeys(uses)).toEqual([]);
  });

  it('every reason the cloud refuses with, and every note it stores as a reference, is a key of the table', () => {
    const cloud = SOURCES.filter(({ file }) => file.startsWith('cloud/'));
    const uses = [
      ...usesOf(/\b(?:notFound|forbidden|conflict)\('([^']+)'/g, cloud),
      ...usesOf(/\binvalidField\([^,]+, '([^']+)'/g, cloud),
      ...usesOf(/\bnew ActionError\('[A-Z_]+', '([^']+)'/g, cloud),
      ...usesOf(/'@([a-z]+\.[A-Za-z]+)/g, cloud),
    ];
    expect(uses.length).toBeGreaterThan(30);
    expect(unknownKeys(uses)).toEqual([]);
  });
});
