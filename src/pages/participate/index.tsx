// 参与: the ways to take part. Each is marked "coming soon" until its feature ships — no sample data.
import { Text } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { EmptyState } from '@/components/StateView';
import { Badge } from '@/components/Badge';
import { Cell } from '@/components/nutui';
import { useT } from '@/services/messages';

const ENTRIES = [
  ['participate.councils', 'participate.councilsDesc'],
  ['participate.volunteer', 'participate.volunteerDesc'],
  ['participate.trees', 'participate.treesDesc'],
  ['participate.pledges', 'participate.pledgesDesc'],
  ['participate.polls', 'participate.pollsDesc'],
] as const;

export default function ParticipatePage() {
  const t = useT();
  return (
    <PageShell title={t('tab.participate')} tab>
      <Text className='section-title'>{t('participate.title')}</Text>
      <Cell.Group className='cells'>
        {ENTRIES.map(([name, desc]) => (
          <Cell
            key={name}
            title={t(name)}
            description={t(desc)}
            extra={<Badge tone='muted'>{t('participate.soon')}</Badge>}
          />
        ))}
      </Cell.Group>
      <EmptyState mark='建' title={t('participate.emptyTitle')} description={t('participate.emptyDesc')} />
    </PageShell>
  );
}
