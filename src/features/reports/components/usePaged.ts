// A list that loads page by page with the `before` cursor: the first page with its states, then "load more".
import { useRef, useState, type DependencyList } from 'react';
import { errorRef } from '@/services/i18n';
import type { Envelope } from '@/domain/envelope';
import type { Page } from '@/domain/common/page';
import { useAsync } from '@/components/useAsync';

export function usePaged<T>(load: (before?: string) => Promise<Envelope<Page<T>>>, deps: DependencyList) {
  const first = useAsync(() => load(), deps);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const generation = useRef(first.state);
  generation.current = first.state;

  const loadMore = async () => {
    const started = generation.current;
    if (started.status !== 'ready' || started.data.nextBefore === null || loadingMore) return;
    setLoadingMore(true);
    setMoreError(null);
    const envelope = await load(started.data.nextBefore);
    setLoadingMore(false);
    // A filter change while this page was loading makes it belong to another list.
    if (generation.current !== started) return;
    if (!envelope.ok) {
      setMoreError(errorRef(envelope.error));
      return;
    }
    first.setData((page) => ({ items: [...page.items, ...envelope.data.items], nextBefore: envelope.data.nextBefore }));
  };

  return { ...first, loadMore, loadingMore, moreError };
}
