// Whether an invocation of the function is WeChat's own message push (e.g. a `wxa_media_check` verdict) rather than
// a mini-program's callFunction. The event is the caller's to shape, so it proves nothing; the invocation's SOURCE
// is set by the runtime: `wx_client` (or the DevTools' `wx_devtools` / `wx_localdebug`) whenever a client started
// the chain, even through another function (`wx_client,scf`). A client call also carries the platform's `userInfo`.

/** First hops of SOURCE that mean a client, not the platform, started this invocation. */
const CLIENT_SOURCES = new Set(['wx_client', 'wx_devtools', 'wx_localdebug', 'wx_crawler']);

export interface InvocationContext {
  /** getWXContext().SOURCE: the comma-separated chain of what triggered this run. */
  SOURCE?: unknown;
}

export function isPlatformPush(context: InvocationContext, event: unknown, warn: (message: string) => void = console.warn): boolean {
  const source = typeof context.SOURCE === 'string' ? context.SOURCE.trim() : '';
  const origin = source.split(',')[0]!.trim();
  const injected = typeof event === 'object' && event !== null && 'userInfo' in event;
  // The runtime always names a source; none at all means we cannot tell, so it is not trusted.
  const genuine = source !== '' && !CLIENT_SOURCES.has(origin) && !injected;
  // Logged so an operator sees forged pushes, and would see a genuine one refused.
  if (!genuine && looksLikePush(event)) warn(`refused a push-shaped event from SOURCE=${source.slice(0, 80) || '(none)'}`);
  return genuine;
}

function looksLikePush(event: unknown): boolean {
  return typeof event === 'object' && event !== null && typeof (event as { Event?: unknown }).Event === 'string';
}
