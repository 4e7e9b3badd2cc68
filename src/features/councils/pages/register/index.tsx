// 房屋台账 (committee): the homes owners' votes are counted on — area and owner of each, totals, the members bound
// to each owner — imported from the committee's sheet, with owners' accounts bound home by home.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { RegisterView, UnitRow } from '@/domain/councils/types';
import { Badge } from '@/components/Badge';
import { Button } from '@/components/nutui';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { useStepSheet } from '@/components/StepSheet';
import { useCall } from '@/components/useAsync';
import { useServerMessage } from '@/services/i18n';
import { useT } from '@/services/messages';
import { useCouncilT } from '../../messages';
import { useRegisterSteps } from './useRegisterSteps';
import '../../councils.scss';

function Unit({ unit, onBind, onUnbind }: { unit: UnitRow; onBind: () => void; onUnbind: (userId: string) => void }) {
  const t = useCouncilT();
  return (
    <View className='elector-row'>
      <View className='stack grow'>
        <Text className='body-text'>{`${unit.label} · ${unit.area} m²`}</Text>
        <Text className='muted'>
          {unit.developer ? t('register.developer') : t('register.owner', { name: unit.ownerName })}
          {unit.ownerUnits > 1 ? ` · ${t('register.ownerUnits', { count: unit.ownerUnits })}` : ''}
        </Text>
        {unit.boundMembers.length ? <Text className='muted'>{t('register.bound', { names: unit.boundMembers.map((member) => member.nickname).join('、') })}</Text> : null}
      </View>
      <View className='stack'>
        <Button size='small' type='primary' fill='outline' onClick={onBind}>
          {t('register.bind')}
        </Button>
        {unit.boundMembers.map((member) => (
          <Button key={member.userId} size='small' fill='none' onClick={() => onUnbind(member.userId)}>
            {`${t('register.unbind')} ${member.nickname}`}
          </Button>
        ))}
      </View>
    </View>
  );
}

function Register({ register, reload }: { register: RegisterView; reload: () => void }) {
  const t = useCouncilT();
  const shell = useT();
  const message = useServerMessage();
  const steps = useRegisterSteps(reload);
  const sheet = useStepSheet();
  const [error, setError] = useState<string | null>(null);
  const buildings = [...new Set(register.units.map((unit) => unit.buildingName))];

  const bind = async (unit: UnitRow) => {
    const people = await steps.candidates(unit.id);
    sheet.ask({
      title: t('register.bind'),
      message: `${unit.label} · ${t('register.bindWhat')}`,
      choices: people.map((person) => ({ value: person.userId, label: person.householdLabel ? `${person.nickname} · ${person.householdLabel}` : person.nickname })),
      run: ({ choice }) => steps.bind(unit.id, choice),
    });
  };

  return (
    <View>
      <View className='card stack'>
        <Text className='muted'>{t('register.what')}</Text>
        <Text className='body-text'>{t('register.totals', { units: register.totals.units, owners: register.totals.owners, area: register.totals.area })}</Text>
        <Text className='muted'>{t('register.importWhat')}</Text>
        {error ? <Text className='form-error'>{message(error)}</Text> : null}
        <Button block type='primary' onClick={() => void steps.importSheet().then(setError)}>
          {t('register.import')}
        </Button>
      </View>
      {register.units.length === 0 ? (
        <View className='card'>
          <Text className='title'>{t('register.empty')}</Text>
          <Text className='muted council-card__text'>{t('register.emptyDesc')}</Text>
          <Text className='muted'>{shell('mark.building')}</Text>
        </View>
      ) : null}
      {buildings.map((building) => (
        <View key={building} className='card'>
          <View className='council-card__head'>
            <Text className='title'>{building}</Text>
            <Badge tone='muted'>{String(register.units.filter((unit) => unit.buildingName === building).length)}</Badge>
          </View>
          {register.units
            .filter((unit) => unit.buildingName === building)
            .map((unit) => (
              <Unit key={unit.id} unit={unit} onBind={() => void bind(unit)} onUnbind={(userId) => void steps.unbind(unit.id, userId).then(setError)} />
            ))}
        </View>
      ))}
      {sheet.sheet}
    </View>
  );
}

function RegisterScreen() {
  const register = useCall('register.units', {});
  return (
    <StateView state={register.state} onRetry={register.reload} isEmpty={() => false}>
      {(data) => <Register register={data} reload={register.reload} />}
    </StateView>
  );
}

export default function RegisterPage() {
  const t = useCouncilT();
  return (
    <PageShell title={t('register.title')}>
      <RegisterScreen />
    </PageShell>
  );
}
