// A paged list with every state it can be in: loading, error with retry, empty, the items, and "load more".
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { LoadMore } from './LoadMore';
import { StateView, type EmptyStateProps } from './StateView';
import type { UsePaged } from './usePaged';
import './PagedList.scss';

export interface PagedListProps<T> {
  list: UsePaged<T>;
  /** What to say when the first page is empty. */
  empty?: EmptyStateProps;
  /** Drawn above the items once there are some (e.g. a map of them). */
  header?: (items: T[]) => ReactNode;
  /** One item; give it a `key`. */
  children: (item: T, index: number) => ReactNode;
}

export function PagedList<T>({ list, empty, header, children }: PagedListProps<T>) {
  return (
    <StateView state={list.state} onRetry={list.reload} isEmpty={(page) => page.items.length === 0} empty={empty}>
      {(page) => (
        <View className='paged-list'>
          {header ? header(page.items) : null}
          {page.items.map(children)}
          <LoadMore hasMore={page.nextBefore !== null} loading={list.loadingMore} error={list.moreError} onMore={() => void list.loadMore()} />
        </View>
      )}
    </StateView>
  );
}
