// 住户邀请码: the committee reads each household's code to print on its 便民联系卡, and replaces a code that
// leaked (the old one stops working at once, so replacing asks first).
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { HouseholdCodeView } from '@/domain/membership/types';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { Button } from '@/components/nutui';
import { useAction, useCall } from '@/components/useAsync';
import { useServerMessage } from '@/services/i18n';
import { useMembershipT } from '../../messages';
import './index.scss';

function byBuilding(codes: HouseholdCodeView[]): Array<[string, HouseholdCodeView[]]> {
  const groups = new Map<string, HouseholdCodeView[]>();
  for (const entry of codes) groups.set(entry.buildingName, [...(groups.get(entry.buildingName) ?? []), entry]);
  return [...groups];
}

function Codes() {
  const t = useMembershipT();
  const message = useServerMessage();
  const codes = useCall('households.codes');
  const rotate = useAction('households.rotateCode');
  const [confirming, setConfirming] = useState<string | null>(null);

  const replace = async (householdId: string) => {
    const envelope = await rotate.run({ householdId });
    setConfirming(null);
    if (!envelope.ok) return;
    codes.setData((list) => list.map((entry) => (entry.householdId === householdId ? envelope.data : entry)));
    void Taro.showToast({ title: t('codes.rotated'), icon: 'success' });
  };

  return (
    <View className='codes'>
      <Text className='muted actions'>{t('codes.hint')}</Text>
      {rotate.error ? <Text className='form-error actions'>{message(rotate.error.message)}</Text> : null}
      <StateView state={codes.state} onRetry={codes.reload} empty={{ title: t('codes.empty'), mark: '码' }}>
        {(list) => (
          <View>
            {byBuilding(list).map(([building, households]) => (
              <View key={building}>
                <Text className='codes__building'>{building}</Text>
                {households.map((entry) => (
                  <View key={entry.householdId} className='card' aria-label={entry.label}>
                    <View className='codes__row'>
                      <Text className='grow body-text'>{entry.label}</Text>
                      <Text className='codes__code'>{entry.code}</Text>
                      {confirming === entry.householdId ? null : (
                        <Button size='small' type='danger' fill='outline' onClick={() => setConfirming(entry.householdId)}>
                          {t('codes.rotate')}
                        </Button>
                      )}
                    </View>
                    {confirming === entry.householdId ? (
                      <View className='codes__confirm' role='alertdialog' aria-label={t('codes.confirmTitle')}>
                        <Text className='muted'>{t('codes.confirmText')}</Text>
                        <View className='codes__buttons'>
                          <Button size='small' onClick={() => setConfirming(null)}>
                            {t('codes.cancel')}
                          </Button>
                          <Button size='small' type='danger' loading={rotate.pending} onClick={() => replace(entry.householdId)}>
                            {t('codes.confirm')}
                          </Button>
                        </View>
                      </View>
                    ) : null}
                  </View>
                ))}
              </View>
            ))}
          </View>
        )}
      </StateView>
    </View>
  );
}

export default function HouseholdCodesPage() {
  const t = useMembershipT();
  return (
    <PageShell title={t('codes.title')}>
      <Codes />
    </PageShell>
  );
}
