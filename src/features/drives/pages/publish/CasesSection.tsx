// Open 随手拍 cases of the community the drive can take on; the organiser resolves them afterwards.
import { Text, View } from '@tarojs/components';
import type { QueueItem } from '@/domain/reports/types';
import { useReportLabels } from '@/features/reports/labels';
import { Chips } from '../../components/Chips';
import { useDrivesT } from '../../messages';

interface Props {
  cases: QueueItem[];
  chosen: string[];
  onToggle: (reportId: string) => void;
  error?: string;
}

export function CasesSection({ cases, chosen, onToggle, error }: Props) {
  const t = useDrivesT();
  const labels = useReportLabels();
  return (
    <View className='card'>
      <Text className='title'>{t('publish.cases')}</Text>
      <Text className='muted publish-cases__hint'>{t('publish.casesHint')}</Text>
      {cases.length ? (
        <Chips<string>
          multiple
          label={t('publish.cases')}
          value={chosen}
          options={cases.map((item) => ({ value: item.id, label: `${labels.category(item.category)} · ${item.address}` }))}
          onChange={onToggle}
        />
      ) : (
        <Text className='muted'>{t('publish.noCases')}</Text>
      )}
      {error ? <Text className='form-error'>{error}</Text> : null}
    </View>
  );
}
