// Care logs to verify, each with its photo: 核实通过 at once, 不通过 after a confirming sheet.
import { Text, View } from '@tarojs/components';
import type { PendingCareView } from '@/domain/trees/types';
import { PhotoRow } from '@/components/PhotoRow';
import { StateView } from '@/components/StateView';
import { useStepSheet } from '@/components/StepSheet';
import { Button } from '@/components/nutui';
import { useAction, useCall } from '@/components/useAsync';
import { errorRef } from '@/services/i18n';
import { useT } from '@/services/messages';
import { useTreeLabels } from '../../labels';
import { useTreesT } from '../../messages';

function PendingRow({ log, decide, ask }: { log: PendingCareView; decide: (verified: boolean) => Promise<string | null>; ask: ReturnType<typeof useStepSheet>['ask'] }) {
  const t = useTreesT();
  const labels = useTreeLabels();
  return (
    <View className='care-entry' role='listitem'>
      <Text className='body-text'>{`${labels.species(log.species)} ${log.treeCode} · ${labels.act(log.act)}`}</Text>
      <Text className='muted'>{`${log.spot} · ${labels.date(log.at)}`}</Text>
      {log.note ? <Text className='body-text'>{log.note}</Text> : null}
      <PhotoRow urls={log.photoUrls} />
      <View className='row care-entry__buttons'>
        <Button className='grow' type='primary' size='small' onClick={() => void decide(true)}>
          {t('manage.verify')}
        </Button>
        <Button className='grow' size='small' onClick={() => ask({ title: t('manage.rejectTitle'), message: t('manage.rejectMessage'), danger: true, run: () => decide(false) })}>
          {t('manage.reject')}
        </Button>
      </View>
    </View>
  );
}

export function PendingCare() {
  const t = useTreesT();
  const shell = useT();
  const pending = useCall('trees.pendingCare');
  const verify = useAction('trees.verifyCare');
  const steps = useStepSheet();
  const decide = (logId: string) => async (verified: boolean) => {
    const envelope = await verify.run({ logId, verified });
    if (!envelope.ok) return errorRef(envelope.error);
    pending.setData((logs) => logs.filter((log) => log.id !== logId));
    return null;
  };
  return (
    <View className='card'>
      <Text className='title'>{t('manage.pending')}</Text>
      <StateView state={pending.state} onRetry={pending.reload} empty={{ mark: shell('mark.review'), title: t('manage.noPending') }}>
        {(logs) => (
          <View role='list'>
            {logs.map((log) => (
              <PendingRow key={log.id} log={log} decide={decide(log.id)} ask={steps.ask} />
            ))}
          </View>
        )}
      </StateView>
      {steps.sheet}
    </View>
  );
}
