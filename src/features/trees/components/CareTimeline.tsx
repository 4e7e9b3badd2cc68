// A tree's care log, newest first: what was done, its photo, who (the adopter by name only if they chose), and
// whether staff verified it; a log that found sickness links to its case.
import { Text, View } from '@tarojs/components';
import type { CareLogView } from '@/domain/trees/types';
import { Badge } from '@/components/Badge';
import { PagedList } from '@/components/PagedList';
import { PhotoRow } from '@/components/PhotoRow';
import { usePagedCall } from '@/components/usePaged';
import { useT } from '@/services/messages';
import { openPage, REPORTS } from '@/services/navigation';
import { useTreeLabels } from '../labels';
import { useTreesT } from '../messages';

function CareEntry({ log }: { log: CareLogView }) {
  const t = useTreesT();
  const labels = useTreeLabels();
  const by = log.byName ? t(log.byKind === 'household' ? 'care.byHousehold' : 'care.byName', { name: log.byName }) : t(`care.by.${log.byRole}`);
  const tone = log.verification === 'verified' ? 'brand' : log.verification === 'rejected' ? 'warning' : 'muted';
  return (
    <View className='care-entry'>
      <View className='row care-entry__head'>
        <Text className='body-text grow care-entry__act'>{labels.act(log.act)}</Text>
        <Badge tone={tone}>{t(`care.${log.verification}`)}</Badge>
      </View>
      <Text className='muted'>{by} · {labels.date(log.at)}</Text>
      {log.condition && log.condition !== 'healthy' ? <Text className='body-text'>{t('care.found', { condition: labels.condition(log.condition) })}</Text> : null}
      {log.note ? <Text className='body-text'>{log.note}</Text> : null}
      <PhotoRow urls={log.photoUrls} />
      {log.caseId ? (
        <View className='link' role='link' onClick={() => openPage(REPORTS.detail(log.caseId!))}>
          <Text className='body-text'>{t('care.caseLink')} ›</Text>
        </View>
      ) : null}
    </View>
  );
}

export function CareTimeline({ treeId }: { treeId: string }) {
  const t = useTreesT();
  const shell = useT();
  const list = usePagedCall('trees.careLogs', { treeId });
  return (
    <View className='card'>
      <Text className='title'>{t('tree.timeline')}</Text>
      <View className='care-timeline'>
        <PagedList list={list} empty={{ mark: shell('mark.tree'), title: t('tree.noCare') }}>
          {(log) => <CareEntry key={log.id} log={log} />}
        </PagedList>
      </View>
    </View>
  );
}
