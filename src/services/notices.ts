// Inbox notices are stored as a kind and its parameters; each reader sees them in their own language.
import { useCallback } from 'react';
import type { MessageParams } from '@/domain/common/messages';
import { renderNotice } from '@/domain/messages';
import { langOf, useLocale } from './i18n';

export type RenderNotice = (kind: string, params?: MessageParams) => { title: string; body: string };

/** `notice(item.kind, item.params)` → its title and body in the current language. */
export function useNotice(): RenderNotice {
  const locale = useLocale();
  return useCallback<RenderNotice>((kind, params) => renderNotice(kind, params, langOf(locale)), [locale]);
}
