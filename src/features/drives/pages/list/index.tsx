// 志愿活动: upcoming drives first (or past ones), by kind and "still has places"; organisers publish from here,
// everyone reaches their own volunteer record.
import { useState } from 'react';
import { View } from '@tarojs/components';
import { DRIVE_KINDS, type DriveKind } from '@/domain/drives/kinds';
import type { SessionView } from '@/domain/membership/types';
import { FilterTabs } from '@/components/FilterTabs';
import { PageShell } from '@/components/PageShell';
import { PagedList } from '@/components/PagedList';
import { Button } from '@/components/nutui';
import { useReshow } from '@/components/useAsync';
import { usePagedCall } from '@/components/usePaged';
import { useLocale } from '@/services/i18n';
import { DRIVES, openPage } from '@/services/navigation';
import { Chips } from '../../components/Chips';
import { DriveCard } from '../../components/DriveCard';
import { SwitchLine } from '../../components/SwitchLine';
import { useDrivesT } from '../../messages';
import '../../drives.scss';

type When = 'upcoming' | 'past';

function Drives({ session }: { session: SessionView }) {
  const t = useDrivesT();
  const lang = useLocale() === 'en-US' ? 'en' : 'zh';
  const [when, setWhen] = useState<When>('upcoming');
  const [kind, setKind] = useState<DriveKind | 'all'>('all');
  const [hasPlaces, setHasPlaces] = useState(false);
  const list = usePagedCall('drives.list', { when, ...(kind === 'all' ? {} : { kind }), hasPlaces: when === 'upcoming' && hasPlaces });
  useReshow(list.reload);
  return (
    <View>
      <View className='row drives-top'>
        <Button type='primary' fill='outline' size='small' onClick={() => openPage(DRIVES.profile)}>
          {t('list.myRecord')}
        </Button>
        {session.can.organiseDrives ? (
          <Button type='primary' size='small' onClick={() => openPage(DRIVES.publish)}>
            {t('list.publish')}
          </Button>
        ) : null}
      </View>
      <FilterTabs<When> label={t('list.when')} value={when} onChange={setWhen} options={[{ value: 'upcoming', label: t('list.upcoming') }, { value: 'past', label: t('list.past') }]} />
      <View className='drives-filters'>
        <Chips<DriveKind | 'all'>
          label={t('list.kind')}
          value={kind}
          onChange={setKind}
          options={[{ value: 'all', label: t('list.allKinds') }, ...DRIVE_KINDS.map((k) => ({ value: k.key, label: k[lang] }))]}
        />
        {when === 'upcoming' ? (
          <SwitchLine label={t('list.hasPlaces')} checked={hasPlaces} onChange={setHasPlaces} />
        ) : null}
      </View>
      <PagedList list={list} empty={{ title: when === 'upcoming' ? t('list.empty') : t('list.emptyPast'), description: t('list.emptyDesc'), mark: t('mark.drive') }}>
        {(drive) => <DriveCard key={drive.id} drive={drive} />}
      </PagedList>
    </View>
  );
}

export default function DrivesPage() {
  const t = useDrivesT();
  return <PageShell title={t('list.title')}>{(session) => <Drives session={session} />}</PageShell>;
}
