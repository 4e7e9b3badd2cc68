// The committee's watch list: adoptions that ran out, overdue care, trees not in good health, trees nobody adopted.
import { Text, View } from '@tarojs/components';
import { StateView } from '@/components/StateView';
import { useCall } from '@/components/useAsync';
import { openPage } from '@/services/navigation';
import { TREES } from '../../links';
import { useTreeLabels } from '../../labels';
import { useTreesT } from '../../messages';

function Section({ title, rows }: { title: string; rows: Array<{ key: string; text: string; treeId: string }> }) {
  const t = useTreesT();
  return (
    <View className='attention'>
      <Text className='body-text attention__title'>{title}</Text>
      {rows.length ? (
        rows.map((row) => (
          <View key={row.key} className='attention__row' role='link' onClick={() => openPage(TREES.tree(row.treeId))}>
            <Text className='muted'>{row.text} ›</Text>
          </View>
        ))
      ) : (
        <Text className='muted'>{t('manage.none')}</Text>
      )}
    </View>
  );
}

export function Attention() {
  const t = useTreesT();
  const labels = useTreeLabels();
  const attention = useCall('trees.attention');
  return (
    <View className='card'>
      <StateView state={attention.state} onRetry={attention.reload} isEmpty={() => false}>
        {(data) => (
          <View>
            <Section
              title={t('manage.lapsed')}
              rows={data.lapsed.map((row) => ({ key: row.adoptionId, treeId: row.treeId, text: t('manage.lapsedItem', { species: labels.species(row.species), code: row.treeCode, spot: row.spot, date: labels.lastDay(row.endedAt) }) }))}
            />
            <Section
              title={t('manage.neglected')}
              rows={data.neglected.map((row) => ({ key: row.treeId, treeId: row.treeId, text: t('manage.neglectedItem', { species: labels.species(row.species), code: row.treeCode, spot: row.spot, days: row.overdueDays }) }))}
            />
            <Section
              title={t('manage.unwell')}
              rows={data.unwell.map((row) => ({ key: row.treeId, treeId: row.treeId, text: `${labels.species(row.species)} ${row.treeCode} · ${row.spot} · ${labels.condition(row.condition)}` }))}
            />
            <Section
              title={t('manage.unadopted', { count: data.unadopted.count })}
              rows={data.unadopted.trees.map((row) => ({ key: row.treeId, treeId: row.treeId, text: `${labels.species(row.species)} ${row.treeCode} · ${row.spot}` }))}
            />
          </View>
        )}
      </StateView>
    </View>
  );
}
