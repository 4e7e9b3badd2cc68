// For grid workers, the committee and the street office: the queue with its counts, and the committee's list.
import type { Abilities } from '@/domain/abilities';
import { useCall, useReshow } from '@/components/useAsync';
import { openPage, REPORTS } from '@/services/navigation';
import { EntryRow } from './EntryRow';
import { useReportTabT } from './messages';
import { useT } from '@/services/messages';

export function HandlerEntries({ can }: { can: Abilities }) {
  const t = useReportTabT();
  const shell = useT();
  const queue = useCall('reports.queue', {});
  useReshow(queue.reload);
  const items = queue.state.status === 'ready' ? queue.state.data : [];
  const overdue = items.filter((item) => item.overdue).length;
  const counts = [
    ...(items.length ? [{ text: t('tab.queueCount', { count: items.length }) }] : []),
    ...(overdue ? [{ text: t('tab.overdueCount', { count: overdue }), warning: true }] : []),
  ];
  return (
    <>
      <EntryRow mark={shell('mark.queue')} title={t('tab.queue')} description={t('tab.queueDesc')} counts={counts} onOpen={() => openPage(REPORTS.queue)} />
      {can.overseeCases ? (
        <EntryRow mark={shell('mark.case')} title={t('tab.admin')} description={t('tab.adminDesc')} onOpen={() => openPage(REPORTS.admin)} />
      ) : null}
    </>
  );
}
