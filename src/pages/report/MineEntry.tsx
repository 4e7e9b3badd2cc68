// 我的上报, with how many fixes wait for the reporter's check (谁上报谁核查).
import { useCall, useReshow } from '@/components/useAsync';
import { openPage, REPORTS } from '@/services/navigation';
import { EntryRow } from './EntryRow';
import { useReportTabT } from './messages';
import { useT } from '@/services/messages';

export function MineEntry() {
  const t = useReportTabT();
  const shell = useT();
  const mine = useCall('reports.mine', {});
  useReshow(mine.reload);
  const toVerify = mine.state.status === 'ready' ? mine.state.data.items.filter((item) => item.status === 'resolved').length : 0;
  return (
    <EntryRow
      mark={shell('mark.mine')}
      title={t('tab.mine')}
      description={t('tab.mineDesc')}
      counts={toVerify ? [{ text: t('tab.toVerify', { count: toVerify }), warning: true }] : []}
      onOpen={() => openPage(REPORTS.mine)}
    />
  );
}
