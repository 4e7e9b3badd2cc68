// The caller's own adoption of this tree: the term, when care is next due, and 养护打卡 / 证书 / 续期 / 结束认养.
import { Text, View } from '@tarojs/components';
import type { MyAdoptionView, TreeDetailView } from '@/domain/trees/types';
import { termEnd } from '@/domain/trees/rules';
import type { StepRequest } from '@/components/StepSheet';
import { Button } from '@/components/nutui';
import { openPage } from '@/services/navigation';
import { TREES } from '../links';
import { useTreeLabels } from '../labels';
import { useTreesT } from '../messages';

export interface MyAdoptionProps {
  tree: TreeDetailView;
  adoption: MyAdoptionView;
  ask: (request: StepRequest) => void;
  renew: () => Promise<string | null>;
  end: () => Promise<string | null>;
}

export function MyAdoption({ tree, adoption, ask, renew, end }: MyAdoptionProps) {
  const t = useTreesT();
  const labels = useTreeLabels();
  const due = adoption.careDueAt <= Date.now();
  return (
    <View className='card my-adoption'>
      <Text className='title'>{t('tree.mineTitle')}</Text>
      <Text className='body-text'>{t('tree.term', { from: labels.date(adoption.startsAt), to: labels.lastDay(adoption.endsAt) })}</Text>
      {adoption.renewals > 0 ? <Text className='muted'>{t('tree.renewals', { count: adoption.renewals })}</Text> : null}
      <Text className={due ? 'form-error' : 'muted'}>
        {due ? t('tree.careDue', { date: labels.date(Date.now()) }) : t('tree.careNext', { date: labels.lastDay(adoption.careDueAt) })}
      </Text>
      <View className='my-adoption__buttons'>
        <Button type='primary' block onClick={() => openPage(TREES.care(tree.id))}>
          {t('tree.logCare')}
        </Button>
        <View className='row my-adoption__row'>
          <Button className='grow' fill='outline' onClick={() => openPage(TREES.certificate(adoption.id))}>
            {t('tree.certificate')}
          </Button>
          {tree.can.renew ? (
            <Button className='grow' fill='outline' onClick={() => ask({ title: t('tree.renewTitle'), message: t('tree.renewMessage', { date: labels.lastDay(termEnd(adoption.endsAt)) }), run: renew })}>
              {t('tree.renew')}
            </Button>
          ) : null}
          {tree.can.end ? (
            <Button className='grow' fill='outline' onClick={() => ask({ title: t('tree.endTitle'), message: t('tree.endMessage'), danger: true, run: end })}>
              {t('tree.end')}
            </Button>
          ) : null}
        </View>
      </View>
    </View>
  );
}
