// Subscription messages (WeChat only): a tap asks the person to accept the templates of the notices that matter
// at that moment; each accepted template becomes one message credit in the cloud. WeChat shows the request only
// during a tap, so the templates are loaded when the page mounts and the request goes out before any await.
// H5, or no templates configured: nothing is asked; the in-app inbox carries every notice anyway.
import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import type { SubscribeTemplate } from '@/domain/notifications/actions';
import { MAX_TEMPLATES_PER_REQUEST } from '@/domain/notifications/schemas';
import { call } from './api';
import { isWeapp } from './platform';

let templates: SubscribeTemplate[] | null = null;
let loading: Promise<void> | null = null;

/** Loads the templates once per app run; a failed load is tried again next time. */
function loadTemplates(): Promise<void> {
  if (!isWeapp() || templates) return Promise.resolve();
  loading ??= call('notifications.templates').then((envelope) => {
    if (envelope.ok) templates = envelope.data;
    loading = null;
  });
  return loading;
}

/** Loads the templates when a page that may ask mounts, so its tap can ask at once. */
export function useSubscribeTemplates(enabled = true): void {
  useEffect(() => {
    if (enabled) void loadTemplates();
  }, [enabled]);
}

/** Forgets the loaded templates, as on a fresh start. */
export function forgetTemplates(): void {
  templates = null;
  loading = null;
}

/** Call first thing in a tap handler, without awaiting it; resolves when done and never fails. */
export async function askForUpdates(kinds: readonly string[]): Promise<void> {
  if (!isWeapp()) return;
  const wanted = (templates ?? []).filter((template) => kinds.includes(template.kind)).map((template) => template.templateId);
  const tmplIds = [...new Set(wanted)].slice(0, MAX_TEMPLATES_PER_REQUEST);
  if (tmplIds.length === 0) {
    void loadTemplates();
    return;
  }
  try {
    // Taro's typing also demands Alipay's entityIds; WeChat takes tmplIds alone and rejects on failure.
    const request = { tmplIds } as Taro.requestSubscribeMessage.Option;
    const answers = (await Taro.requestSubscribeMessage(request)) as Taro.requestSubscribeMessage.SuccessCallbackResult;
    const accepted = tmplIds.filter((id) => answers[id] === 'accept');
    if (accepted.length > 0) await call('notifications.subscribe', { accepted });
  } catch {
    // Refused, banned or unsupported: the action goes on and the notice still reaches the inbox.
  }
}
