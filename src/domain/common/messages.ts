// Words by code: the server and the shared schemas speak in message references (`key` or `key?name=value`),
// and each side renders them in the reader's language from one table per feature.
export type Lang = 'zh' | 'en';
export type MessageParams = Record<string, string | number>;
export interface Wording {
  zh: string;
  en: string;
}
export type MessageTable<K extends string = string> = Record<K, Wording>;

/** A message reference: the key, then its parameters as a query string. */
export function msg(key: string, params?: MessageParams): string {
  if (!params || !Object.keys(params).length) return key;
  const query = Object.entries(params)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
    .join('&');
  return `${key}?${query}`;
}

/** Splits a reference into its key and parameters; plain text comes back as a key with no parameters. */
export function parseRef(ref: string): { key: string; params: MessageParams } {
  const at = ref.indexOf('?');
  if (at < 0) return { key: ref, params: {} };
  const params: MessageParams = {};
  for (const pair of ref.slice(at + 1).split('&')) {
    const [name, value = ''] = pair.split('=');
    if (name) params[decodeURIComponent(name)] = decodeURIComponent(value);
  }
  return { key: ref.slice(0, at), params };
}

export const fill = (text: string, params: MessageParams = {}): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** Renders a reference from the table; an unknown key renders as itself so nothing is silently blank. */
export function renderRef(table: MessageTable, ref: string, lang: Lang, extra?: MessageParams): string {
  const { key, params } = parseRef(ref);
  const wording = table[key];
  return wording ? fill(wording[lang], { ...params, ...extra }) : ref;
}
