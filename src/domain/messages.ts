// The one message table: shared words plus every feature's; both the server and the app render from it.
import type { NoticeKind } from './common/feature';
import { fill, parseRef, type Lang, type MessageParams, type MessageTable, type Wording } from './common/messages';
import { scopeMessages } from './common/scope';
import { commonMessages } from './common/words';
import { FEATURES } from './features';

type Features = (typeof FEATURES)[number];
export type NoticeKindName = { [F in Features as string]: keyof F['notices'] }[string] & string;

export const MESSAGES: MessageTable = Object.assign({}, commonMessages, scopeMessages, ...FEATURES.map((feature) => feature.messages));

export const NOTICE_KINDS = Object.assign({}, ...FEATURES.map((feature) => feature.notices)) as Record<NoticeKindName, NoticeKind>;

/** A parameter written `@key` is itself a message (e.g. a category), rendered in the same language. */
function resolveParams(params: MessageParams | undefined, lang: Lang): MessageParams {
  const resolved: MessageParams = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    resolved[name] = typeof value === 'string' && value.startsWith('@') ? renderMessage(value.slice(1), lang) : value;
  }
  return resolved;
}

/** Renders a message reference (`key` or `key?a=1`) with extra parameters. */
export function renderMessage(ref: string, lang: Lang, params?: MessageParams): string {
  const { key, params: own } = parseRef(ref);
  const wording: Wording | undefined = MESSAGES[key];
  return wording ? fill(wording[lang], resolveParams({ ...own, ...params }, lang)) : ref;
}

export const hasMessage = (ref: string): boolean => parseRef(ref).key in MESSAGES;

/** A notice's title and body in one language. */
export function renderNotice(kind: string, params: MessageParams | undefined, lang: Lang): { title: string; body: string } {
  const spec = (NOTICE_KINDS as Record<string, NoticeKind>)[kind];
  if (!spec) return { title: kind, body: '' };
  const filled = resolveParams(params, lang);
  return { title: fill(spec.title[lang], filled), body: fill(spec.body[lang], filled) };
}

/** A stored note: `@key?params` is a message of the system (rendered), anything else a person's own words. */
export const renderNote = (note: string, lang: Lang): string => (note.startsWith('@') ? renderMessage(note.slice(1), lang) : note);
