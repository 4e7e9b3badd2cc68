// 树木认养: the community's trees on a map — free, adopted, needing attention — with 我的树 and, for staff, the
// care management page. A tap on a tree opens its page.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { SessionView } from '@/domain/membership/types';
import type { CommunityMap } from '@/domain/reports/types';
import { PageShell } from '@/components/PageShell';
import { EmptyState, StateView } from '@/components/StateView';
import { planBox } from '@/components/plan/planLayout';
import { Button } from '@/components/nutui';
import { useCall, useReshow } from '@/components/useAsync';
import { useT } from '@/services/messages';
import { openPage } from '@/services/navigation';
import { Legend } from '../../components/Legend';
import { TreeMap } from '../../components/TreeMap';
import { TREES } from '../../links';
import { useTreesT } from '../../messages';
import '../../trees.scss';

type Box = { minLat: number; maxLat: number; minLng: number; maxLng: number };

function TreesInPlan({ plan }: { plan: CommunityMap }) {
  const t = useTreesT();
  const [box, setBox] = useState<Box>(() => planBox(plan));
  const view = useCall('trees.inView', box);
  useReshow(view.reload);
  return (
    <StateView state={view.state} onRetry={view.reload} isEmpty={() => false}>
      {(data) => (
        <View>
          <TreeMap plan={plan} view={data} onOpen={(tree) => openPage(TREES.tree(tree.id))} onRegion={setBox} />
          <Legend />
          <Text className='muted tree-map__count'>{data.truncated ? t('map.zoomIn') : t('map.count', { count: data.trees.length })}</Text>
        </View>
      )}
    </StateView>
  );
}

function MapScreen({ session }: { session: SessionView }) {
  const t = useTreesT();
  const shell = useT();
  const plan = useCall('reports.map');
  if (!session.membership) return <EmptyState mark={shell('mark.tree')} title={t('map.title')} />;
  return (
    <View>
      <View className='card'>
        <Text className='muted'>{t('map.hint')}</Text>
        <View className='row tree-map__actions'>
          <Button className='grow' fill='outline' onClick={() => openPage(TREES.mine)}>
            {t('map.mine')}
          </Button>
          {session.can.verifyCare || session.can.keepTrees ? (
            <Button className='grow' fill='outline' onClick={() => openPage(TREES.manage)}>
              {t('map.manage')}
            </Button>
          ) : null}
        </View>
        <StateView state={plan.state} onRetry={plan.reload} isEmpty={() => false}>
          {(loaded) => <TreesInPlan plan={loaded} />}
        </StateView>
      </View>
    </View>
  );
}

export default function TreeMapPage() {
  const t = useTreesT();
  return <PageShell title={t('map.title')}>{(session) => <MapScreen session={session} />}</PageShell>;
}
