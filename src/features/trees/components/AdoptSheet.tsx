// Before adopting: the term and what it asks of the adopter, whether to show one's nickname on the tree, and —
// for someone with a household — whether the household adopts. 确定 adopts.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ActionErrorBody } from '@/domain/envelope';
import { termEnd } from '@/domain/trees/rules';
import type { AdopterKind, TreeDetailView } from '@/domain/trees/types';
import { Chips } from '@/components/Chips';
import { ConfirmSheet } from '@/components/ConfirmSheet';
import { Toggle } from '@/components/Toggle';
import { useTreeLabels } from '../labels';
import { useTreesT } from '../messages';

export interface AdoptSheetProps {
  tree: TreeDetailView;
  open: boolean;
  pending: boolean;
  error: ActionErrorBody | null;
  onAdopt: (choice: { as: AdopterKind; showName: boolean }) => void;
  onCancel: () => void;
}

export function AdoptSheet({ tree, open, pending, error, onAdopt, onCancel }: AdoptSheetProps) {
  const t = useTreesT();
  const labels = useTreeLabels();
  const [as, setAs] = useState<AdopterKind>('person');
  const [showName, setShowName] = useState(false);
  return (
    <ConfirmSheet
      open={open}
      title={t('tree.adoptTitle', { species: labels.species(tree.species) })}
      message={t('tree.adoptMessage', { date: labels.lastDay(termEnd(Date.now())) })}
      pending={pending}
      error={error}
      onConfirm={() => onAdopt({ as, showName })}
      onCancel={onCancel}
    >
      {tree.can.adoptAsHousehold ? (
        <View className='adopt-sheet__as'>
          <Text className='muted'>{t('tree.adoptAs')}</Text>
          <Chips
            label={t('tree.adoptAs')}
            value={as}
            options={[
              { value: 'person', label: t('tree.asPerson') },
              { value: 'household', label: t('tree.asHousehold') },
            ]}
            onChange={setAs}
          />
        </View>
      ) : null}
      <View className='row switch-row'>
        <View className='grow'>
          <Text className='body-text'>{t('tree.showName')}</Text>
          <Text className='muted switch-row__hint'>{t('tree.showNameHint')}</Text>
        </View>
        <Toggle label={t('tree.showName')} checked={showName} onChange={setShowName} />
      </View>
    </ConfirmSheet>
  );
}
