// Every page's frame: theme and elder mode, the translated title, the privacy sheet, and the session gate
// (H5 without a session shows dev login; loading and failure of `session.me` get their own states).
import { useEffect, type ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { SessionView } from '@/domain/membership/types';
import { useElder } from '@/services/elder';
import { useLocale } from '@/services/i18n';
import { useT } from '@/services/messages';
import { isH5 } from '@/services/platform';
import { useSession } from '@/services/session';
import { ConsentSheet } from './ConsentSheet';
import { DevLogin } from './DevLogin';
import { ErrorState, LoadingState } from './StateView';

const TAB_LABELS = ['tab.home', 'tab.report', 'tab.participate', 'tab.me'] as const;

// The page scrolls; its content takes the keyboard focus so it can be scrolled without a pointer (WCAG 2.1.1).
const scrollable = { tabIndex: 0 };

export interface PageShellProps {
  /** The navigation bar title in the current language. */
  title?: string;
  /** Tab pages also translate the tab bar labels. */
  tab?: boolean;
  className?: string;
  children: ReactNode | ((session: SessionView) => ReactNode);
}

export function PageShell({ title, tab, className, children }: PageShellProps) {
  const elder = useElder();
  const locale = useLocale();
  const { state, refresh } = useSession();
  const t = useT();

  useEffect(() => {
    if (title) void Taro.setNavigationBarTitle({ title }).catch(() => undefined);
  }, [title, locale]);

  // H5 scrolls each page inside its own container: it takes focus so a keyboard can scroll it too (WCAG 2.1.1).
  useEffect(() => {
    if (isH5()) document.querySelectorAll('.taro_page:not([tabindex])').forEach((page) => page.setAttribute('tabindex', '0'));
  });

  useEffect(() => {
    if (!tab) return;
    TAB_LABELS.forEach((key, index) => void Taro.setTabBarItem({ index, text: t(key) }).catch(() => undefined));
  }, [tab, t]);

  let body: ReactNode;
  if (state.status === 'signed_out') body = <DevLogin />;
  else if (state.status === 'error') body = <ErrorState error={state.error} onRetry={() => void refresh()} />;
  else if (state.status !== 'ready') body = <LoadingState />;
  else body = typeof children === 'function' ? children(state.view) : children;

  return (
    <View className={['linli-page', elder ? 'is-elder' : '', className ?? ''].join(' ').trim()} {...scrollable}>
      {body}
      <ConsentSheet />
    </View>
  );
}
