// Signing shows the clauses once more and asks for a confirming tap, with the choice to be named on the wall.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ActionErrorBody } from '@/domain/envelope';
import type { PledgeDetail } from '@/domain/pledges/types';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Toggle } from '@/components/Toggle';
import { usePledgesT } from '../messages';

export interface SignSheetProps {
  pledge: PledgeDetail;
  open: boolean;
  pending: boolean;
  error: ActionErrorBody | null;
  onSign: (showName: boolean) => void;
  onCancel: () => void;
}

export function SignSheet({ pledge, open, pending, error, onSign, onCancel }: SignSheetProps) {
  const t = usePledgesT();
  const [showName, setShowName] = useState(true);
  return (
    <ConfirmSheet
      open={open}
      title={t('pledge.signTitle', { title: pledge.title })}
      message={t('pledge.signMessage')}
      confirmText={t('pledge.sign')}
      pending={pending}
      error={error}
      onConfirm={() => onSign(showName)}
      onCancel={onCancel}
    >
      <View className='sign-sheet__clauses' role='list'>
        {pledge.clauses.map((clause, index) => (
          <View key={clause} className='sign-sheet__clause' role='listitem'>
            <Text className='body-text'>{`${index + 1}. ${clause}`}</Text>
          </View>
        ))}
      </View>
      <View className='row switch-row'>
        <View className='grow'>
          <Text className='body-text'>{t('pledge.showName')}</Text>
          <Text className='muted switch-row__hint'>{t('pledge.showNameHint')}</Text>
        </View>
        <Toggle label={t('pledge.showName')} checked={showName} onChange={setShowName} />
      </View>
    </ConfirmSheet>
  );
}
