// Language, elder mode, privacy guide, and (H5 dev only) switching demo identity.
import { Text } from '@tarojs/components';
import { Cell, Switch } from '@/components/nutui';
import { setElder, useElder } from '@/services/elder';
import { setLocale, useLocale } from '@/services/i18n';
import { useT } from '@/services/messages';
import { isH5, isWeapp } from '@/services/platform';
import { openPrivacyContract, requestConsent } from '@/services/privacy';
import { signOut } from '@/services/session';

export function SettingsSection() {
  const t = useT();
  const locale = useLocale();
  const elder = useElder();
  const showPrivacy = () => (isWeapp() ? openPrivacyContract() : void requestConsent());
  return (
    <Cell.Group className='cells'>
      <Cell
        clickable
        title={locale === 'zh-CN' ? '语言 Language' : 'Language 语言'}
        extra={<Text className='me-link'>{t('me.language')}</Text>}
        onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
      />
      <Cell
        title={t('me.elder')}
        description={t('me.elderDesc')}
        extra={<Switch checked={elder} onChange={(on) => setElder(on)} ariaLabel={t('me.elder')} />}
      />
      <Cell clickable title={t('me.privacy')} onClick={showPrivacy} />
      {isH5() ? <Cell clickable title={t('me.switchUser')} onClick={signOut} /> : null}
    </Cell.Group>
  );
}
