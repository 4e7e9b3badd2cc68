// The three states every screen has besides its content: loading, empty, and error with a retry.
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { ActionErrorBody } from '@/domain/envelope';
import { useServerMessage } from '@/services/i18n';
import { useT } from '@/services/messages';
import { Button } from './nutui';
import type { AsyncState } from './useAsync';
import './StateView.scss';

export function LoadingState({ label }: { label?: string }) {
  const t = useT();
  return (
    <View className='state-view' role='status' aria-busy='true'>
      <View className='state-view__spinner' />
      <Text className='state-view__label'>{label ?? t('state.loading')}</Text>
    </View>
  );
}

export interface EmptyStateProps {
  title?: string;
  description?: string;
  /** A single glyph or short word shown in the round badge. */
  mark?: string;
  action?: ReactNode;
}

export function EmptyState({ title, description, mark = '空', action }: EmptyStateProps) {
  const t = useT();
  return (
    <View className='state-view'>
      <View className='state-view__mark'>{mark}</View>
      <Text className='state-view__title'>{title ?? t('state.empty')}</Text>
      {description ? <Text className='state-view__desc'>{description}</Text> : null}
      {action ? <View className='state-view__action'>{action}</View> : null}
    </View>
  );
}

export function ErrorState({ error, onRetry }: { error: ActionErrorBody; onRetry?: () => void }) {
  const t = useT();
  const message = useServerMessage();
  return (
    <View className='state-view' role='alert'>
      <View className='state-view__mark state-view__mark--error'>!</View>
      <Text className='state-view__title'>{t('state.error')}</Text>
      <Text className='state-view__desc'>{message(error)}</Text>
      {onRetry ? (
        <View className='state-view__action'>
          <Button type='primary' fill='outline' size='small' onClick={onRetry}>
            {t('state.retry')}
          </Button>
        </View>
      ) : null}
    </View>
  );
}

export interface StateViewProps<T> {
  state: AsyncState<T>;
  onRetry?: () => void;
  /** When the loaded data counts as "nothing here"; defaults to an empty array. */
  isEmpty?: (data: T) => boolean;
  empty?: EmptyStateProps;
  children: (data: T) => ReactNode;
}

const defaultIsEmpty = (data: unknown): boolean => Array.isArray(data) && data.length === 0;

/** Renders loading / error / empty for an AsyncState, and `children(data)` once there is something. */
export function StateView<T>({ state, onRetry, isEmpty = defaultIsEmpty, empty, children }: StateViewProps<T>) {
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={onRetry} />;
  if (isEmpty(state.data)) return <EmptyState {...empty} />;
  return <>{children(state.data)}</>;
}
