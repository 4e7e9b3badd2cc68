// Join with the invite code printed on the household's contact card: admitted at once, no review.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { JoinWithCodeInput } from '@/domain/membership/schemas';
import { Button } from '@/components/nutui';
import { TextField } from '@/components/TextField';
import { useAction } from '@/components/useAsync';
import { ensureConsent } from '@/services/privacy';
import { setSessionView } from '@/services/session';
import { validate } from '@/services/validate';
import { useMembershipT } from '../../messages';
import { JoinError } from './JoinError';

export function InviteCodeForm() {
  const t = useMembershipT();
  const join = useAction('membership.joinWithCode');
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [declined, setDeclined] = useState(false);

  const submit = async () => {
    const checked = validate(JoinWithCodeInput, { code });
    if (!checked.ok) {
      setCodeError(checked.fields.code ?? Object.values(checked.fields)[0]);
      return;
    }
    setCodeError(null);
    const consented = await ensureConsent('join');
    setDeclined(!consented);
    if (!consented) return;
    const envelope = await join.run(checked.output);
    if (envelope.ok) {
      setSessionView(envelope.data);
      const community = envelope.data.membership?.communityName ?? '';
      void Taro.showToast({ title: t('join.joined', { community }), icon: 'success' });
    }
  };

  return (
    <View>
      <View className='card'>
        <TextField
          label={t('join.byCode')}
          hint={t('join.codeHint')}
          placeholder={t('join.codePlaceholder')}
          value={code}
          maxLength={6}
          onChange={(value) => setCode(value.toUpperCase())}
          error={codeError}
          className='join-code'
        />
      </View>
      {declined ? <Text className='form-error actions'>{t('join.consentNeeded')}</Text> : null}
      <JoinError error={join.error} />
      <View className='actions'>
        <Button type='primary' block loading={join.pending} onClick={submit}>
          {t('join.codeSubmit')}
        </Button>
      </View>
    </View>
  );
}
