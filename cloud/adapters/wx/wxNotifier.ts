// Subscription messages on WeChat (the kit already wrote the inbox document): sent when the user granted a consent
// for that kind (each consent allows one message, so a credit is spent with a conditional increment).
import type { Clock, Notice, Notifier, Store } from '../../ports';
import { subscriptionId } from '../../ports/subscriptions';
import { renderNotice } from '../../../src/domain/messages';

export { subscriptionId, type SubscriptionDoc } from '../../ports/subscriptions';

/** The slice of cloud.openapi.subscribeMessage used here. */
export interface WxSubscribeApi {
  send(options: {
    touser: string;
    templateId: string;
    page?: string;
    data: Record<string, { value: string }>;
    miniprogramState?: 'developer' | 'trial' | 'formal';
  }): Promise<unknown>;
}

export interface TemplateConfig {
  templateId: string;
  /** Template field → which part of the notice fills it; defaults to thing1 = title, thing2 = body. */
  fields?: Record<string, 'title' | 'body' | 'time'>;
}
export type TemplateMap = Record<string, TemplateConfig>;

/** Template ids live outside the code: LINLI_SUBSCRIBE_TEMPLATES='{"report.resolved":{"templateId":"…"}}'. */
export function templatesFromEnv(env: NodeJS.ProcessEnv = process.env): TemplateMap {
  if (!env.LINLI_SUBSCRIBE_TEMPLATES) return {};
  return JSON.parse(env.LINLI_SUBSCRIBE_TEMPLATES) as TemplateMap;
}

// A `thing` field holds at most 20 characters.
const clip = (text: string): string => (Array.from(text).length > 20 ? `${Array.from(text).slice(0, 19).join('')}…` : text);

function formatTime(ms: number): string {
  const d = new Date(ms + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export function templateData(notice: Notice, config: TemplateConfig, now: number): Record<string, { value: string }> {
  const fields = config.fields ?? { thing1: 'title', thing2: 'body' };
  const words = renderNotice(notice.kind, notice.params, 'zh');
  const data: Record<string, { value: string }> = {};
  for (const [key, part] of Object.entries(fields)) {
    data[key] = { value: part === 'time' ? formatTime(now) : clip(words[part]) };
  }
  return data;
}

export interface WxNotifierOptions {
  subscribeMessage: WxSubscribeApi;
  store: Store;
  clock: Clock;
  templates: TemplateMap;
  miniprogramState?: 'developer' | 'trial' | 'formal';
  log?: (message: string, details: Record<string, unknown>) => void;
}

export function createWxNotifier({ subscribeMessage, store, clock, templates, miniprogramState = 'formal', log = console.warn }: WxNotifierOptions): Notifier {
  return {
    async push(notice) {
      const now = clock.now();
      const template = templates[notice.kind];
      if (!template) return;
      const spent = await store.increment('subscriptions', subscriptionId(notice.userId, notice.kind), 'credits', -1, { credits: { $gt: 0 } });
      if (!spent) return;
      const user = await store.get<{ id: string; openid: string }>('users', notice.userId);
      if (!user) return;
      try {
        await subscribeMessage.send({
          touser: user.openid,
          templateId: template.templateId,
          page: notice.link,
          data: templateData(notice, template, now),
          miniprogramState,
        });
      } catch (error) {
        // The inbox already holds the notice; a refused push (consent withdrawn, quota) must not fail the action.
        log('subscribe message not sent', { kind: notice.kind, err: error instanceof Error ? error.message : String(error) });
      }
    },
    templates: () => Object.entries(templates).map(([kind, { templateId }]) => ({ kind, templateId })),
  };
}
