// 参与: the ways to take part. Registered features (src/features/registry.ts) open their page; those not yet
// shipped are marked "coming soon" — no sample data.
import { Text } from '@tarojs/components';
import type { SessionView } from '@/domain/membership/types';
import { Badge } from '@/components/Badge';
import { PageShell } from '@/components/PageShell';
import { EmptyState } from '@/components/StateView';
import { Cell } from '@/components/nutui';
import { PendingPolls } from '@/features/polls/components/PendingPolls';
import { participateEntries } from '@/features/registry';
import { useServerMessage } from '@/services/i18n';
import { useT } from '@/services/messages';
import { openPage } from '@/services/navigation';

/** Features still being built, by the name their registration will carry. */
const UPCOMING = [
  { feature: 'councils', title: 'participate.councils', desc: 'participate.councilsDesc' },
  { feature: 'drives', title: 'participate.volunteer', desc: 'participate.volunteerDesc' },
  { feature: 'trees', title: 'participate.trees', desc: 'participate.treesDesc' },
  { feature: 'pledges', title: 'participate.pledges', desc: 'participate.pledgesDesc' },
  { feature: 'polls', title: 'participate.polls', desc: 'participate.pollsDesc' },
] as const;

function Entries({ session }: { session: SessionView }) {
  const t = useT();
  const words = useServerMessage();
  const shipped = participateEntries.filter((entry) => !entry.ability || session.can[entry.ability]);
  const upcoming = UPCOMING.filter((entry) => !participateEntries.some((shippedEntry) => shippedEntry.feature === entry.feature));
  return (
    <>
      {session.membership ? <PendingPolls /> : null}
      <Text className='section-title'>{t('participate.title')}</Text>
      <Cell.Group className='cells'>
        {shipped.map((entry) => (
          <Cell key={entry.feature} clickable title={words(entry.title)} description={words(entry.desc)} extra='›' onClick={() => openPage(entry.url)} />
        ))}
        {upcoming.map((entry) => (
          <Cell key={entry.feature} title={t(entry.title)} description={t(entry.desc)} extra={<Badge tone='muted'>{t('participate.soon')}</Badge>} />
        ))}
      </Cell.Group>
      {upcoming.length ? <EmptyState mark={t('mark.soon')} title={t('participate.emptyTitle')} description={t('participate.emptyDesc')} /> : null}
    </>
  );
}

export default function ParticipatePage() {
  const t = useT();
  return (
    <PageShell title={t('tab.participate')} tab>
      {(session) => <Entries session={session} />}
    </PageShell>
  );
}
