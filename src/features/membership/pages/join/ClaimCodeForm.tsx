// A committee member or grid worker of a self-hosted community enters the one-time code `npm run setup` printed.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { ClaimRoleInput } from '@/domain/membership/schemas';
import { Button } from '@/components/nutui';
import { useAction } from '@/components/useAsync';
import { useServerMessage } from '@/services/i18n';
import { useT } from '@/services/messages';
import { setSessionView } from '@/services/session';
import { validate } from '@/services/validate';
import { useMembershipT } from '../../messages';
import { JoinError } from './JoinError';

export function ClaimCodeForm() {
  const t = useMembershipT();
  const shell = useT();
  const message = useServerMessage();
  const claim = useAction('membership.claimRole');
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);

  const submit = async () => {
    const checked = validate(ClaimRoleInput, { code });
    if (!checked.ok) {
      setCodeError(checked.fields.code ?? Object.values(checked.fields)[0]);
      return;
    }
    setCodeError(null);
    const envelope = await claim.run(checked.output);
    if (envelope.ok) {
      setSessionView(envelope.data);
      const { membership } = envelope.data;
      const role = membership ? shell(`role.${membership.role}`) : '';
      void Taro.showToast({ title: t('join.claimed', { community: membership?.communityName ?? '', role }), icon: 'success' });
    }
  };

  return (
    <View>
      <View className='card'>
        <Text className='muted'>{t('join.claimHint')}</Text>
        <Input
          className='text-input join-code'
          aria-label={t('join.byClaim')}
          placeholder={t('join.claimPlaceholder')}
          value={code}
          maxlength={24}
          onInput={(e) => setCode(e.detail.value.toUpperCase())}
        />
        {codeError ? <Text className='form-error'>{message(codeError)}</Text> : null}
      </View>
      <JoinError error={claim.error} />
      <View className='actions'>
        <Button type='primary' block loading={claim.pending} onClick={submit}>
          {t('join.claimSubmit')}
        </Button>
      </View>
    </View>
  );
}
