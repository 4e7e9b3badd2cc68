// The privacy sheet: shown before location, photos or joining a community until the current terms are accepted.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ActionErrorBody } from '@/domain/envelope';
import { useServerMessage } from '@/services/i18n';
import { useT } from '@/services/messages';
import { isWeapp } from '@/services/platform';
import { AGREE_BUTTON_ID, agreeToPrivacy, declinePrivacy, openPrivacyContract, useConsentSheetOpen } from '@/services/privacy';
import { Button, Popup } from './nutui';
import './ConsentSheet.scss';

export function ConsentSheet() {
  const t = useT();
  const message = useServerMessage();
  const purpose = useConsentSheetOpen();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ActionErrorBody | null>(null);

  const agree = async () => {
    setPending(true);
    setError(null);
    const envelope = await agreeToPrivacy();
    setPending(false);
    if (!envelope.ok) setError(envelope.error);
  };

  return (
    <Popup visible={purpose !== null} position='bottom' round closeOnOverlayClick={false} onClose={declinePrivacy}>
      <View className='consent-sheet' role='dialog' aria-label={t('consent.title')}>
        <Text className='consent-sheet__title'>{t('consent.title')}</Text>
        <Text className='consent-sheet__body'>{t(`consent.body.${purpose ?? 'all'}`)}</Text>
        {isWeapp() ? (
          <Text className='consent-sheet__link' onClick={openPrivacyContract}>
            {t('consent.read')}
          </Text>
        ) : null}
        {error ? <Text className='form-error'>{message(error)}</Text> : null}
        <View className='consent-sheet__buttons'>
          <Button
            id={AGREE_BUTTON_ID}
            openType={isWeapp() ? 'agreePrivacyAuthorization' : undefined}
            type='primary'
            block
            loading={pending}
            onClick={agree}
          >
            {t('consent.agree')}
          </Button>
          <Button fill='none' block onClick={declinePrivacy}>
            {t('consent.disagree')}
          </Button>
        </View>
      </View>
    </Popup>
  );
}
