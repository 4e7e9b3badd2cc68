// Who is signed in: the SessionView from `session.me`, shared by every page through one small store.
import { useEffect, useSyncExternalStore } from 'react';
import type { ActionErrorBody, Envelope } from '@/domain/envelope';
import type { SessionView } from '@/domain/membership/types';
import { API_BASE, NETWORK_ERROR, call } from './api';
import { isWeapp } from './platform';
import { getToken, onTokenChange, setToken } from './token';

export { getToken, setToken } from './token';

export type SessionState =
  | { status: 'idle' }
  | { status: 'loading' }
  /** H5 only: nobody has signed in on this device. */
  | { status: 'signed_out' }
  | { status: 'ready'; view: SessionView }
  | { status: 'error'; error: ActionErrorBody };

let state: SessionState = { status: 'idle' };
let inflight: Promise<SessionState> | null = null;
/** Bumped when the token changes, so an answer about the previous person is dropped. */
let generation = 0;
const listeners = new Set<() => void>();

const emit = (next: SessionState) => {
  state = next;
  listeners.forEach((listener) => listener());
};

export const getSession = (): SessionState => state;

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** Loads `session.me` again; concurrent callers share one request. */
export function refreshSession(): Promise<SessionState> {
  if (inflight) return inflight;
  if (!isWeapp() && !getToken()) {
    emit({ status: 'signed_out' });
    return Promise.resolve(state);
  }
  if (state.status !== 'ready') emit({ status: 'loading' });
  const asked = generation;
  inflight = call('session.me').then((envelope) => {
    if (asked !== generation) return state;
    inflight = null;
    if (envelope.ok) emit({ status: 'ready', view: envelope.data });
    else if (envelope.error.code === 'UNAUTHENTICATED' && !isWeapp()) emit({ status: 'signed_out' });
    else emit({ status: 'error', error: envelope.error });
    return state;
  });
  return inflight;
}

/** Applies a SessionView an action already returned, without another round trip. */
export function setSessionView(view: SessionView): void {
  emit({ status: 'ready', view });
}

/** Updates the signed-in user's own fields (after a profile save or consent). */
export function patchSessionUser(user: Partial<SessionView['user']>): void {
  if (state.status === 'ready') emit({ status: 'ready', view: { ...state.view, user: { ...state.view.user, ...user } } });
}

/** Forgets everything, for tests and sign-out. */
export function resetSession(): void {
  generation += 1;
  inflight = null;
  emit({ status: 'idle' });
}

onTokenChange(() => {
  generation += 1;
  inflight = null;
  if (!getToken() && !isWeapp()) emit({ status: 'signed_out' });
  else void refreshSession();
});

export interface UseSession {
  state: SessionState;
  view: SessionView | null;
  refresh: () => Promise<SessionState>;
}

export function useSession(): UseSession {
  const current = useSyncExternalStore(subscribe, getSession, getSession);
  useEffect(() => {
    if (current.status === 'idle') void refreshSession();
  }, [current.status]);
  return { state: current, view: current.status === 'ready' ? current.view : null, refresh: refreshSession };
}

// Dev login, H5 only: the gateway offers it when it runs in development mode.
export interface DevUser {
  key: string;
  nickname: string;
  role: string;
  communityId: string | null;
  description: string;
}

async function fetchEnvelope<T>(path: string, init?: RequestInit): Promise<Envelope<T>> {
  try {
    const res = await fetch(`${API_BASE}${path}`, init);
    const body = (await res.json()) as Envelope<T>;
    return typeof body?.ok === 'boolean' ? body : { ok: false, error: NETWORK_ERROR };
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
}

export const listDevUsers = (): Promise<Envelope<DevUser[]>> => fetchEnvelope<DevUser[]>('/api/session/dev-users');

export async function devLogin(who: { userKey: string } | { newVisitor: true }): Promise<Envelope<{ token: string }>> {
  const envelope = await fetchEnvelope<{ token: string }>('/api/session/dev-login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(who),
  });
  if (envelope.ok) setToken(envelope.data.token);
  return envelope;
}

export function signOut(): void {
  setToken(null);
}
