// 门前三包签署: pick one's shop from the community's register, give its registered number (to show one runs it —
// never shown), tap the corners of the pavement before the door on the plan, read the clauses and sign.
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { PledgeDetail, ShopView } from '@/domain/pledges/types';
import type { CommunityMap } from '@/domain/reports/types';
import { SignShopInput } from '@/domain/pledges/schemas';
import { Chips } from '@/components/Chips';
import { Field } from '@/components/Field';
import { PageShell } from '@/components/PageShell';
import { EmptyState, StateView } from '@/components/StateView';
import { TextField } from '@/components/TextField';
import { Button } from '@/components/nutui';
import { useAction, useCall } from '@/components/useAsync';
import { useT } from '@/services/messages';
import { validate } from '@/services/validate';
import { SignSheet } from '../../components/SignSheet';
import { usePledgesT } from '../../messages';
import { ZonePlan } from './ZonePlan';
import '../../pledges.scss';

type Corner = [number, number];

function ShopForm({ pledge, shops, plan, onDone }: { pledge: PledgeDetail; shops: ShopView[]; plan: CommunityMap; onDone: () => void }) {
  const t = usePledgesT();
  const open = shops.filter((shop) => !shop.signed);
  const [shopId, setShopId] = useState<string | null>(open.find((shop) => shop.mine)?.id ?? null);
  const [phone, setPhone] = useState('');
  const [corners, setCorners] = useState<Corner[]>([]);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const sign = useAction('pledges.signShop');
  const shop = shops.find((candidate) => candidate.id === shopId) ?? null;

  const draft = (showName: boolean) => ({ pledgeId: pledge.id, shopId: shopId ?? undefined, phone, zone: corners, showName });
  const review = () => {
    const checked = validate(SignShopInput, draft(true));
    setFields(checked.ok ? {} : checked.fields);
    if (checked.ok) {
      sign.clearError();
      setConfirming(true);
    }
  };
  const send = async (showName: boolean) => {
    const checked = validate(SignShopInput, draft(showName));
    if (!checked.ok) return;
    const envelope = await sign.run(checked.output);
    if (envelope.ok) {
      setConfirming(false);
      onDone();
    } else if (envelope.error.fields) {
      setFields(envelope.error.fields);
      setConfirming(false);
    }
  };

  return (
    <View>
      <View className='card'>
        <Field label={t('shop.pick')} error={fields.shopId}>
          <Chips
            label={t('shop.pick')}
            value={shopId}
            options={open.map((candidate) => ({ value: candidate.id, label: `${candidate.name} · ${candidate.address}${candidate.mine ? ` · ${t('shop.mine')}` : ''}` }))}
            onChange={(id) => (setShopId(id), setCorners([]))}
          />
        </Field>
        <TextField label={t('shop.phone')} placeholder={t('shop.phoneHint')} value={phone} maxLength={20} type='number' onChange={setPhone} error={fields.phone} />
      </View>
      <View className='card'>
        <Field label={t('shop.zone')} hint={t('shop.zoneHint')} error={fields.zone}>
          <ZonePlan plan={plan} shops={shops} shop={shop} corners={corners} onCorner={(corner) => setCorners((all) => [...all, corner])} />
          <View className='row shop-zone__tools'>
            <View className='grow' role='status'>
              <Text className='muted'>{t('shop.corners', { count: corners.length })}</Text>
            </View>
            <Button size='small' onClick={() => setCorners((all) => all.slice(0, -1))}>
              {t('shop.undo')}
            </Button>
            <Button size='small' onClick={() => setCorners([])}>
              {t('shop.clear')}
            </Button>
          </View>
        </Field>
      </View>
      <View className='actions'>
        <Button type='primary' block onClick={review}>
          {t('shop.submit')}
        </Button>
      </View>
      <SignSheet pledge={pledge} open={confirming} pending={sign.pending} error={sign.error} onCancel={() => setConfirming(false)} onSign={(showName) => void send(showName)} />
    </View>
  );
}

function Done() {
  const t = usePledgesT();
  const shell = useT();
  return (
    <View>
      <EmptyState mark={shell('mark.pledge')} title={t('shop.done')} />
      <View className='actions'>
        <Button type='primary' block onClick={() => void Taro.navigateBack()}>
          {t('shop.toPledge')}
        </Button>
      </View>
    </View>
  );
}

function ShopScreen({ pledgeId }: { pledgeId: string }) {
  const pledge = useCall('pledges.detail', { pledgeId });
  const shops = useCall('pledges.shops', { pledgeId });
  const plan = useCall('reports.map');
  const [done, setDone] = useState(false);
  if (done) return <Done />;
  return (
    <StateView state={pledge.state} onRetry={pledge.reload} isEmpty={() => false}>
      {(loaded) => (
        <StateView state={shops.state} onRetry={shops.reload} isEmpty={() => false}>
          {(register) => (
            <StateView state={plan.state} onRetry={plan.reload} isEmpty={() => false}>
              {(map) => <ShopForm pledge={loaded} shops={register} plan={map} onDone={() => setDone(true)} />}
            </StateView>
          )}
        </StateView>
      )}
    </StateView>
  );
}

export default function ShopPage() {
  const t = usePledgesT();
  const { params } = useRouter();
  const pledgeId = decodeURIComponent(params.id ?? '');
  return <PageShell title={t('shop.title')}>{pledgeId ? <ShopScreen pledgeId={pledgeId} /> : null}</PageShell>;
}
