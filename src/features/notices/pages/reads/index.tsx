// 知晓率: how many households and residents of the audience have read a notice, per building, and — one building
// at a time — the doors nobody has read it behind, for the grid worker to knock on.
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ReadStatsView } from '@/domain/notices/types';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { Button } from '@/components/nutui';
import { useCall } from '@/components/useAsync';
import { percentOf, ReadBar } from '../../components/ReadBar';
import { useNoticeLabels } from '../../labels';
import { useNoticesT } from '../../messages';
import { UnreadDoors } from './UnreadDoors';
import '../../notices.scss';

function ReadStats({ stats }: { stats: ReadStatsView }) {
  const t = useNoticesT();
  const labels = useNoticeLabels();
  const [open, setOpen] = useState<string | null>(stats.buildings.length === 1 ? stats.buildings[0]!.buildingId : null);
  return (
    <View>
      <View className='card'>
        <Text className='title'>{stats.title}</Text>
        <Text className='muted reads__audience'>{t('audience.to', { names: labels.audience(stats.audience) })}</Text>
        <ReadBar label={t('reads.households')} count={stats.households} />
        <ReadBar label={t('reads.residents')} count={stats.residents} />
        <Text className='muted reads__hint'>{t('reads.hint')}</Text>
      </View>
      <Text className='section-title'>{t('reads.byBuilding')}</Text>
      {stats.buildings.map((building) => (
        <View key={building.buildingId} className='card reads__building'>
          <ReadBar label={building.name} count={building.households} />
          <Text className='muted'>{`${t('reads.residents')} ${t('reads.rate', { read: building.residents.read, total: building.residents.total, percent: percentOf(building.residents) })}`}</Text>
          {building.households.read < building.households.total ? (
            <View className='reads__toggle'>
              <Button size='small' fill='outline' type='primary' onClick={() => setOpen(open === building.buildingId ? null : building.buildingId)}>
                {open === building.buildingId ? t('reads.hideUnread') : t('reads.showUnread')}
              </Button>
            </View>
          ) : null}
          {open === building.buildingId ? <UnreadDoors noticeId={stats.noticeId} buildingId={building.buildingId} buildingName={building.name} /> : null}
        </View>
      ))}
    </View>
  );
}

function Reads({ noticeId }: { noticeId: string }) {
  const stats = useCall('notices.readStats', { noticeId });
  return (
    <StateView state={stats.state} onRetry={stats.reload} isEmpty={() => false}>
      {(data) => <ReadStats stats={data} />}
    </StateView>
  );
}

export default function ReadsPage() {
  const t = useNoticesT();
  const { params } = useRouter();
  const noticeId = decodeURIComponent(params.id ?? '');
  return <PageShell title={t('reads.title')}>{noticeId ? <Reads noticeId={noticeId} /> : null}</PageShell>;
}
