// The three states every screen has besides its content: loading, empty, and error with a retry.
// NutUI draws each (Loading, Empty); StateView picks the one an AsyncState is in.
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { ActionErrorBody } from '@/domain/envelope';
import { useServerMessage } from '@/services/i18n';
import { useT } from '@/services/messages';
import { Button, Empty, Loading } from './nutui';
import type { AsyncState } from './useAsync';
import './StateView.scss';

export function LoadingState({ label }: { label?: string }) {
  const t = useT();
  return (
    <View className='state-view' role='status' aria-busy='true'>
      <Loading direction='vertical'>
        <Text className='state-view__label'>{label ?? t('state.loading')}</Text>
      </Loading>
    </View>
  );
}

export interface EmptyStateProps {
  title?: string;
  description?: string;
  /** A single glyph or short word shown in the round badge (no remote picture). */
  mark?: string;
  action?: ReactNode;
}

// A glyph instead of NutUI's default pictures, which are fetched from a remote CDN.
const Mark = ({ glyph, error }: { glyph: string; error?: boolean }) => (
  <View className={`state-view__mark ${error ? 'state-view__mark--error' : ''}`} aria-hidden='true'>
    {glyph}
  </View>
);

export function EmptyState({ title, description, mark, action }: EmptyStateProps) {
  const t = useT();
  return (
    <Empty
      className='state-view'
      image={<Mark glyph={mark ?? t('mark.empty')} />}
      imageSize='auto'
      title={<Text className='state-view__title'>{title ?? t('state.empty')}</Text>}
      description={description ? <Text className='state-view__desc'>{description}</Text> : ''}
    >
      {action ? <View className='state-view__action'>{action}</View> : null}
    </Empty>
  );
}

export function ErrorState({ error, onRetry }: { error: ActionErrorBody; onRetry?: () => void }) {
  const t = useT();
  const message = useServerMessage();
  return (
    <View role='alert'>
      <Empty
        className='state-view'
        status='error'
        image={<Mark glyph='!' error />}
        imageSize='auto'
        title={<Text className='state-view__title'>{t('state.error')}</Text>}
        description={<Text className='state-view__desc'>{message(error)}</Text>}
      >
        {onRetry ? (
          <View className='state-view__action'>
            <Button type='primary' fill='outline' size='small' onClick={onRetry}>
              {t('state.retry')}
            </Button>
          </View>
        ) : null}
      </Empty>
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
