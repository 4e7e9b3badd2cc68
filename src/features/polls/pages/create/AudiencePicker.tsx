// Whom the poll asks: the whole community, some of its grids, or some of its buildings.
import { Text, View } from '@tarojs/components';
import { useCall } from '@/components/useAsync';
import { useServerMessage } from '@/services/i18n';
import { Chips } from '../../components/Chips';
import { usePollsT } from '../../messages';
import type { Draft } from './useDraft';

export interface AudiencePickerProps {
  communityId: string;
  level: Draft['audience'];
  placeIds: string[];
  error?: string;
  onChange: (level: Draft['audience'], placeIds: string[]) => void;
}

export function AudiencePicker({ communityId, level, placeIds, error, onChange }: AudiencePickerProps) {
  const t = usePollsT();
  const message = useServerMessage();
  const grids = useCall('reports.map');
  const buildings = useCall('households.list', { communityId });
  const places =
    level === 'grid' && grids.state.status === 'ready'
      ? grids.state.data.grids.map((grid) => ({ value: grid.id, label: grid.name }))
      : level === 'building' && buildings.state.status === 'ready'
        ? buildings.state.data.map((building) => ({ value: building.id, label: building.name }))
        : [];
  return (
    <View className='card poll-form__question'>
      <Text className='title'>{t('create.audience')}</Text>
      <Chips
        label={t('create.audience')}
        chips={[
          { value: 'community', label: t('create.audienceCommunity') },
          { value: 'grid', label: t('create.audienceGrid') },
          { value: 'building', label: t('create.audienceBuilding') },
        ]}
        selected={[level]}
        onChange={([next]) => next && onChange(next, [])}
      />
      {level !== 'community' ? <Chips label={t(level === 'grid' ? 'create.audienceGrid' : 'create.audienceBuilding')} chips={places} selected={placeIds} multiple onChange={(ids) => onChange(level, ids)} /> : null}
      {error ? <Text className='form-error'>{message(error)}</Text> : null}
    </View>
  );
}
