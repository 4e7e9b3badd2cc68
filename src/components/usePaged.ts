// A list that loads page by page with the `before` cursor: the first page with its states, then "load more".
import { useCallback, useRef, useState, type DependencyList } from 'react';
import type { ActionInput, ActionName, ActionOutput } from '@/domain/actions';
import type { ActionErrorBody, Envelope } from '@/domain/envelope';
import type { Page } from '@/domain/common/page';
import { call } from '@/services/api';
import { useAsync, type UseAsync } from './useAsync';

export interface UsePaged<T> extends UseAsync<Page<T>> {
  loadMore: () => Promise<void>;
  loadingMore: boolean;
  /** Why the last "load more" failed; the pages already shown stay. */
  moreError: ActionErrorBody | null;
}

/** `load(before)` fetches one page; it runs again from the first page whenever `deps` change. */
export function usePaged<T>(load: (before?: string) => Promise<Envelope<Page<T>>>, deps: DependencyList): UsePaged<T> {
  const first = useAsync(() => load(), deps);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ActionErrorBody | null>(null);
  const generation = useRef(first.state);
  generation.current = first.state;
  const busy = useRef(false);
  const loadRef = useRef(load);
  loadRef.current = load;
  const { setData } = first;

  const loadMore = useCallback(async () => {
    const started = generation.current;
    if (started.status !== 'ready' || started.data.nextBefore === null || busy.current) return;
    busy.current = true;
    setLoadingMore(true);
    setMoreError(null);
    const envelope = await loadRef.current(started.data.nextBefore);
    busy.current = false;
    setLoadingMore(false);
    // A filter change while this page was loading makes it belong to another list.
    if (generation.current !== started) return;
    if (!envelope.ok) {
      setMoreError(envelope.error);
      return;
    }
    setData((page) => ({ ...page, items: [...page.items, ...envelope.data.items], nextBefore: envelope.data.nextBefore }));
  }, [setData]);

  return { ...first, loadMore, loadingMore, moreError };
}

/** Actions that answer a Page and take a `before` cursor. */
export type PagedActionName = {
  [A in ActionName]: ActionOutput<A> extends Page<unknown> ? ('before' extends keyof NonNullable<ActionInput<A>> ? A : never) : never;
}[ActionName];

type ItemOf<A extends ActionName> = ActionOutput<A> extends Page<infer T> ? T : never;
type FilterOf<A extends ActionName> = Omit<NonNullable<ActionInput<A>>, 'before'>;

/** One paged action: `usePagedCall('reports.publicList', { status })`; a new filter starts from the first page. */
export function usePagedCall<A extends PagedActionName>(action: A, filter: FilterOf<A>): UsePaged<ItemOf<A>> {
  const key = JSON.stringify(filter);
  const send = call as (action: A, input: unknown) => Promise<Envelope<Page<ItemOf<A>>>>;
  return usePaged((before) => send(action, before === undefined ? filter : { ...filter, before }), [action, key]);
}
