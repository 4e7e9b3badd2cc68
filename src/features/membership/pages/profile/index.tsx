// 个人资料: nickname and avatar. On WeChat the platform's own nickname keyboard and avatar picker are used.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button as NativeButton, Text, View } from '@tarojs/components';
import type { SessionView } from '@/domain/membership/types';
import { UpdateProfileInput } from '@/domain/membership/schemas';
import { Avatar } from '@/components/Avatar';
import { PageShell } from '@/components/PageShell';
import { Button } from '@/components/nutui';
import { TextField } from '@/components/TextField';
import { useAction } from '@/components/useAsync';
import { useServerMessage } from '@/services/i18n';
import { isWeapp } from '@/services/platform';
import { patchSessionUser } from '@/services/session';
import { uploadImages } from '@/services/upload';
import { validate } from '@/services/validate';
import { useFieldErrors } from '@/components/useFieldErrors';
import { useMembershipT } from '../../messages';
import './index.scss';

function ProfileForm({ user }: { user: SessionView['user'] }) {
  const t = useMembershipT();
  const message = useServerMessage();
  const save = useAction('profile.update');
  const [nickname, setNickname] = useState(user.nickname);
  const [avatarUrl, setAvatarUrl] = useState(user.avatarUrl);
  const { fields, setFields, clearing } = useFieldErrors();
  const [uploadError, setUploadError] = useState<string | null>(null);

  // WeChat hands back a temporary file; keep it in cloud storage so the avatar outlives the session.
  const chooseAvatar = async (tempPath: string) => {
    setUploadError(null);
    const uploaded = await uploadImages([tempPath]);
    if (uploaded.ok) setAvatarUrl(uploaded.data[0].fileId);
    else setUploadError(t('profile.uploadFailed'));
  };

  const submit = async () => {
    const checked = validate(UpdateProfileInput, { nickname, avatarUrl });
    if (!checked.ok) {
      setFields(checked.fields);
      return;
    }
    setFields({});
    const envelope = await save.run(checked.output);
    if (envelope.ok) {
      patchSessionUser(envelope.data);
      void Taro.showToast({ title: t('profile.saved'), icon: 'success' });
      void Taro.navigateBack().catch(() => undefined);
    } else if (envelope.error.fields) {
      setFields(envelope.error.fields);
    }
  };

  const fieldError = fields.nickname ?? fields.root;
  return (
    <View>
      <View className='card profile-form'>
        <View className='profile-form__row'>
          <Text className='body-text'>{t('profile.avatar')}</Text>
          {isWeapp() ? (
            <NativeButton className='profile-form__avatar-button' openType='chooseAvatar' onChooseAvatar={(e) => void chooseAvatar(e.detail.avatarUrl)}>
              <Avatar url={avatarUrl} name={nickname} size='small' />
            </NativeButton>
          ) : (
            <Avatar url={avatarUrl} name={nickname} size='small' />
          )}
        </View>
        {uploadError ? <Text className='form-error'>{uploadError}</Text> : null}
        <View className='profile-form__field'>
          <TextField
            label={t('profile.nickname')}
            type={isWeapp() ? 'nickname' : 'text'}
            placeholder={t('profile.nicknamePlaceholder')}
            value={nickname}
            maxLength={40}
            onChange={clearing(['nickname', 'root'], setNickname)}
            onBlur={setNickname}
            error={fieldError}
          />
        </View>
      </View>
      {save.error && !save.error.fields ? <Text className='form-error actions'>{message(save.error)}</Text> : null}
      <View className='actions'>
        <Button type='primary' block loading={save.pending} onClick={submit}>
          {t('profile.save')}
        </Button>
      </View>
    </View>
  );
}

export default function ProfilePage() {
  const t = useMembershipT();
  return <PageShell title={t('profile.title')}>{(session) => <ProfileForm user={session.user} />}</PageShell>;
}
