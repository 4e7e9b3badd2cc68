// 我的树: the trees I (or my household) adopted, those whose care is due first.
import { Text, View } from '@tarojs/components';
import type { MyTree } from '@/domain/trees/types';
import { Badge } from '@/components/Badge';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { Button, Cell } from '@/components/nutui';
import { useCall, useReshow } from '@/components/useAsync';
import { useT } from '@/services/messages';
import { openPage } from '@/services/navigation';
import { TREES } from '../../links';
import { useTreeLabels } from '../../labels';
import { useTreesT } from '../../messages';
import '../../trees.scss';

function MyTreeRow({ entry }: { entry: MyTree }) {
  const t = useTreesT();
  const labels = useTreeLabels();
  const { tree, adoption } = entry;
  return (
    <Cell
      clickable
      title={`${labels.species(tree.species)} · ${tree.code}`}
      description={`${tree.spot} · ${entry.careDue ? t('mine.due') : t('tree.careNext', { date: labels.lastDay(adoption.careDueAt) })}`}
      extra={
        <View className='row my-tree__marks'>
          {adoption.kind === 'household' ? <Badge tone='muted'>{t('mine.household')}</Badge> : null}
          {entry.careDue ? <Badge tone='warning'>{t('mine.due')}</Badge> : <Text>›</Text>}
        </View>
      }
      onClick={() => openPage(TREES.tree(tree.id))}
    />
  );
}

function MyTrees() {
  const t = useTreesT();
  const shell = useT();
  const mine = useCall('trees.mine');
  useReshow(mine.reload);
  return (
    <StateView
      state={mine.state}
      onRetry={mine.reload}
      empty={{
        mark: shell('mark.tree'),
        title: t('mine.empty'),
        description: t('mine.emptyDesc'),
        action: (
          <Button type='primary' onClick={() => openPage(TREES.map)}>
            {t('mine.toMap')}
          </Button>
        ),
      }}
    >
      {(entries) => (
        <View className='cells'>
          {entries.map((entry) => (
            <MyTreeRow key={entry.adoption.id} entry={entry} />
          ))}
        </View>
      )}
    </StateView>
  );
}

export default function MyTreesPage() {
  const t = useTreesT();
  return <PageShell title={t('mine.title')}>{() => <MyTrees />}</PageShell>;
}
