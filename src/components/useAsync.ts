// Loading and acting on actions with their loading / error state, for every screen.
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import type { ActionInput, ActionName, ActionOutput } from '@/domain/actions';
import type { ActionErrorBody, Envelope } from '@/domain/envelope';
import { useDidHide, useDidShow } from '@tarojs/taro';
import { call } from '@/services/api';

export type AsyncState<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: ActionErrorBody };

export interface UseAsync<T> {
  state: AsyncState<T>;
  reload: () => void;
  /** Replaces the loaded data locally, e.g. after an item was decided elsewhere on the screen. */
  setData: (update: (data: T) => T) => void;
}

/** Runs `load` whenever `deps` change; only the latest run may write the state. */
export function useAsync<T>(load: () => Promise<Envelope<T>>, deps: DependencyList): UseAsync<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const ticket = ++latest.current;
    setState({ status: 'loading' });
    loadRef.current().then((envelope) => {
      if (ticket !== latest.current) return;
      setState(envelope.ok ? { status: 'ready', data: envelope.data } : { status: 'error', error: envelope.error });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [round, ...deps]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  const setData = useCallback((update: (data: T) => T) => {
    setState((prev) => (prev.status === 'ready' ? { status: 'ready', data: update(prev.data) } : prev));
  }, []);
  return { state, reload, setData };
}

type InputArgs<A extends ActionName> = undefined extends ActionInput<A> ? [input?: ActionInput<A>] : [input: ActionInput<A>];

/** Loads one action's result; re-runs when the input changes. */
export function useCall<A extends ActionName>(action: A, ...[input]: InputArgs<A>): UseAsync<ActionOutput<A>> {
  const key = JSON.stringify(input ?? {});
  return useAsync(() => call(action, ...([input] as InputArgs<A>)), [action, key]);
}

export interface UseAction<A extends ActionName> {
  run: (...args: InputArgs<A>) => Promise<Envelope<ActionOutput<A>>>;
  pending: boolean;
  error: ActionErrorBody | null;
  clearError: () => void;
}

/** Calls a mutating action on demand; `pending` guards against double taps. */
export function useAction<A extends ActionName>(action: A): UseAction<A> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ActionErrorBody | null>(null);
  const run = useCallback(
    async (...args: InputArgs<A>) => {
      setPending(true);
      setError(null);
      const envelope = await call(action, ...args);
      setPending(false);
      if (!envelope.ok) setError(envelope.error);
      return envelope;
    },
    [action],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, pending, error, clearError };
}

/**
 * Runs `callback` each time the page comes back into view after another page covered it (not on its first
 * appearance). Keyed on the page having been hidden: a component mounted after the page's first show (behind a
 * loading state) never sees that first show, so "skip the first show" would swallow the first real return.
 */
export function useReshow(callback: () => void): void {
  const hidden = useRef(false);
  const latest = useRef(callback);
  latest.current = callback;
  useDidHide(() => {
    hidden.current = true;
  });
  useDidShow(() => {
    if (!hidden.current) return;
    hidden.current = false;
    latest.current();
  });
}
