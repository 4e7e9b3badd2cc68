// What the committee does with a poll besides reading it: close it early, take the spreadsheet away.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { PollDetail } from '@/domain/polls/types';
import { Button } from '@/components/nutui';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { useAction } from '@/components/useAsync';
import { errorRef, langOf, useLocale, useServerMessage } from '@/services/i18n';
import { usePollsT } from '../../messages';
import { saveTextFile } from '../../saveFile';

export function OverseerTools({ poll, onClosed }: { poll: PollDetail; onClosed: () => void }) {
  const t = usePollsT();
  const message = useServerMessage();
  const lang = langOf(useLocale());
  const close = useAction('polls.close');
  const exportCsv = useAction('polls.exportCsv');
  const [asking, setAsking] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const confirmClose = async () => {
    const envelope = await close.run({ pollId: poll.id });
    if (!envelope.ok) return;
    setAsking(false);
    onClosed();
  };
  const takeCsv = async () => {
    setSaved(null);
    const envelope = await exportCsv.run({ pollId: poll.id, lang });
    if (!envelope.ok) return;
    const how = await saveTextFile(envelope.data.filename, envelope.data.csv);
    setSaved(how === 'copied' ? t('answer.copied') : t('answer.exported', { name: envelope.data.filename }));
  };

  return (
    <View className='poll-actions'>
      {poll.can.exportCsv ? (
        <Button block loading={exportCsv.pending} onClick={() => void takeCsv()}>
          {t('answer.export')}
        </Button>
      ) : null}
      {saved ? (
        <View role='status'>
          <Text className='muted'>{saved}</Text>
        </View>
      ) : null}
      {exportCsv.error ? <Text className='form-error'>{message(errorRef(exportCsv.error))}</Text> : null}
      {poll.can.close ? (
        <Button block type='danger' fill='outline' onClick={() => setAsking(true)}>
          {t('answer.close')}
        </Button>
      ) : null}
      <ConfirmSheet
        open={asking}
        danger
        title={t('answer.closeTitle')}
        message={t('answer.closeMessage')}
        confirmText={t('answer.close')}
        pending={close.pending}
        error={close.error}
        onConfirm={() => void confirmClose()}
        onCancel={() => setAsking(false)}
      />
    </View>
  );
}
