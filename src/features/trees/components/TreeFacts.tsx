// A tree's public facts: species and number, status, where it stands, its age, health, watering and who adopted it.
import { Text, View } from '@tarojs/components';
import type { TreeView } from '@/domain/trees/types';
import { Badge } from '@/components/Badge';
import { PhotoRow } from '@/components/PhotoRow';
import { useServerMessage } from '@/services/i18n';
import { openPage, REPORTS } from '@/services/navigation';
import { useTreeLabels } from '../labels';
import { useTreesT } from '../messages';

function adopterLine(tree: TreeView, t: ReturnType<typeof useTreesT>): string {
  if (!tree.adopted) return t('tree.free');
  if (!tree.adopterName) return t('tree.adoptedAnonymous');
  return tree.adopterKind === 'household' ? t('tree.adoptedHousehold', { name: tree.adopterName }) : t('tree.adoptedBy', { name: tree.adopterName });
}

export function TreeFacts({ tree }: { tree: TreeView }) {
  const t = useTreesT();
  const labels = useTreeLabels();
  const words = useServerMessage();
  const year = new Date().getFullYear();
  return (
    <View className='card tree-facts'>
      <View className='row tree-facts__head'>
        <Text className='title grow'>{labels.species(tree.species)}</Text>
        <Badge tone={tree.status === 'attention' ? 'warning' : tree.status === 'free' ? 'brand' : 'muted'}>{labels.status(tree.status)}</Badge>
        {tree.heritage ? <Badge tone='warning'>{t('map.heritage')}</Badge> : null}
      </View>
      <PhotoRow urls={tree.photoUrls} />
      <Text className='muted'>{t('tree.code', { code: tree.code })}</Text>
      <Text className='body-text'>{tree.spot}</Text>
      {tree.plantedYear ? <Text className='muted'>{t('tree.planted', { year: tree.plantedYear, age: Math.max(0, year - tree.plantedYear) })}</Text> : null}
      {tree.gridName ? <Text className='muted'>{t('tree.grid', { grid: tree.gridName })}</Text> : null}
      {tree.beltName ? <Text className='muted'>{t('tree.belt', { belt: tree.beltName })}</Text> : null}
      <Text className='body-text'>{t('tree.condition', { condition: labels.condition(tree.condition) })}</Text>
      <Text className='muted'>{t('tree.watering', { days: tree.careIntervalDays })}</Text>
      <Text className='muted'>{tree.lastCareAt ? t('tree.lastCare', { date: labels.date(tree.lastCareAt) }) : t('tree.neverCared')}</Text>
      <Text className='body-text tree-facts__adopter'>{adopterLine(tree, t)}</Text>
      {tree.openCase ? (
        <View className='tree-facts__case' role='link' onClick={() => openPage(REPORTS.detail(tree.openCase!.id))}>
          <Text className='body-text'>{t('tree.case', { status: words(`status.${tree.openCase.status}`) })} ›</Text>
        </View>
      ) : null}
    </View>
  );
}
