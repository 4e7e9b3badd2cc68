// Privacy consent: one in-app sheet on both platforms. On WeChat it also answers the platform's own
// request (wx.onNeedPrivacyAuthorization) so a private API that triggered it carries on after "agree".
import { useSyncExternalStore } from 'react';
import Taro from '@tarojs/taro';
import type { Envelope } from '@/domain/envelope';
import { CONSENT_VERSION } from '@/domain/membership/schemas';
import { call } from './api';
import { isWeapp } from './platform';
import { getSession, patchSessionUser } from './session';

/** The id of the sheet's agree button; WeChat checks that this very button was tapped. */
export const AGREE_BUTTON_ID = 'linli-privacy-agree';

type WxResolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void;

/** What the consent is asked for: the sheet says what that use of data is. */
export type ConsentPurpose = 'report' | 'join' | 'all';

let open: ConsentPurpose | null = null;
let waiting: Array<(agreed: boolean) => void> = [];
let wxResolve: WxResolve | null = null;
const listeners = new Set<() => void>();

const emit = (next: ConsentPurpose | null) => {
  open = next;
  listeners.forEach((listener) => listener());
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** The purpose the sheet is open for, or null when it is closed. */
export const useConsentSheetOpen = (): ConsentPurpose | null => useSyncExternalStore(subscribe, () => open, () => open);

export function hasConsented(): boolean {
  const session = getSession();
  return session.status === 'ready' && session.view.user.consentVersion === CONSENT_VERSION;
}

/** Opens the sheet for `purpose` and resolves with the person's answer. */
export function requestConsent(purpose: ConsentPurpose = 'all'): Promise<boolean> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    emit(purpose);
  });
}

/** Resolves true at once when the current terms were already accepted, else asks for `purpose`. */
export function ensureConsent(purpose: ConsentPurpose): Promise<boolean> {
  return hasConsented() ? Promise.resolve(true) : requestConsent(purpose);
}

function settle(agreed: boolean) {
  const resolvers = waiting;
  waiting = [];
  emit(null);
  resolvers.forEach((resolve) => resolve(agreed));
}

/** Records the consent on the server, then releases whoever was waiting for it. */
export async function agreeToPrivacy(): Promise<Envelope<{ consentVersion: string }>> {
  const envelope = await call('privacy.consent', { version: CONSENT_VERSION });
  if (envelope.ok) {
    patchSessionUser({ consentVersion: envelope.data.consentVersion });
    wxResolve?.({ event: 'agree', buttonId: AGREE_BUTTON_ID });
    wxResolve = null;
    settle(true);
  }
  return envelope;
}

export function declinePrivacy(): void {
  wxResolve?.({ event: 'disagree' });
  wxResolve = null;
  settle(false);
}

/** WeChat asks before its first private API (location, photos); we answer with our own sheet. */
export function installPrivacyListener(): void {
  if (!isWeapp() || typeof Taro.onNeedPrivacyAuthorization !== 'function') return;
  Taro.onNeedPrivacyAuthorization((resolve) => {
    wxResolve = resolve as WxResolve;
    wxResolve({ event: 'exposureAuthorization' });
    // WeChat asks before location or photos, the uses of a report.
    if (!open) emit('report');
  });
}

/** The platform's full privacy contract (WeChat) — H5 has only the sheet's summary. */
export function openPrivacyContract(): void {
  if (isWeapp() && typeof Taro.openPrivacyContract === 'function') void Taro.openPrivacyContract({});
}
