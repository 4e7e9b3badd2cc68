// H5 dev login: pick any demo person, or arrive as a brand-new resident. Exists only against a dev gateway.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ActionErrorBody } from '@/domain/envelope';
import type { ActorRole } from '@/domain/roles';
import { useServerMessage } from '@/services/i18n';
import { useT } from '@/services/messages';
import { devLogin, listDevUsers, type DevUser } from '@/services/session';
import { Badge } from './Badge';
import { Button, Cell } from './nutui';
import { StateView } from './StateView';
import { useAsync } from './useAsync';
import './DevLogin.scss';

const ROLE_KEYS: Record<ActorRole, `role.${ActorRole}`> = {
  guest: 'role.guest',
  resident: 'role.resident',
  grid_worker: 'role.grid_worker',
  committee: 'role.committee',
  street: 'role.street',
};

export function DevLogin() {
  const t = useT();
  const message = useServerMessage();
  const users = useAsync(listDevUsers, []);
  const [signingIn, setSigningIn] = useState<string | null>(null);
  const [error, setError] = useState<ActionErrorBody | null>(null);

  const signIn = async (key: string, who: { userKey: string } | { newVisitor: true }) => {
    setSigningIn(key);
    setError(null);
    const envelope = await devLogin(who);
    setSigningIn(null);
    if (!envelope.ok) setError(envelope.error);
  };

  const roleLabel = (role: string) => (role in ROLE_KEYS ? t(ROLE_KEYS[role as ActorRole]) : role);

  return (
    <View className='dev-login'>
      <View className='dev-login__head'>
        <Text className='dev-login__brand'>{t('appName')}</Text>
        <Text className='dev-login__title'>{t('dev.title')}</Text>
        <Text className='muted'>{t('dev.subtitle')}</Text>
      </View>
      <View className='card dev-login__new'>
        <View className='grow'>
          <Text className='body-text dev-login__new-title'>{t('dev.newVisitor')}</Text>
          <Text className='muted'>{t('dev.newVisitorDesc')}</Text>
        </View>
        <Button type='primary' size='small' loading={signingIn === 'new'} onClick={() => signIn('new', { newVisitor: true })}>
          {t('dev.newVisitor')}
        </Button>
      </View>
      {error ? <Text className='form-error dev-login__error'>{message(error)}</Text> : null}
      <StateView state={users.state} onRetry={users.reload}>
        {(list: DevUser[]) => (
          <Cell.Group className='cells'>
            {list.map((user) => (
              <Cell
                key={user.key}
                clickable
                title={
                  <View className='row'>
                    <Text className='body-text'>{user.nickname}</Text>
                    <View className='dev-login__tag'>
                      <Badge>{roleLabel(user.role)}</Badge>
                    </View>
                  </View>
                }
                description={user.description}
                extra={signingIn === user.key ? t('dev.signingIn') : undefined}
                onClick={() => signIn(user.key, { userKey: user.key })}
              />
            ))}
          </Cell.Group>
        )}
      </StateView>
    </View>
  );
}
