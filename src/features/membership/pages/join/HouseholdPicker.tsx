// Join by household: community → building → household, an optional note, then a request the committee reviews.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { BuildingOption } from '@/domain/membership/actions';
import { RequestJoinInput } from '@/domain/membership/schemas';
import { Button, Cell } from '@/components/nutui';
import { TextArea } from '@/components/TextArea';
import { StateView } from '@/components/StateView';
import { useAction, useCall } from '@/components/useAsync';
import { ensureConsent } from '@/services/privacy';
import { refreshSession } from '@/services/session';
import { validate } from '@/services/validate';
import { useMembershipT } from '../../messages';
import { JoinError } from './JoinError';
import { useT } from '@/services/messages';

interface Choice {
  community: { id: string; name: string } | null;
  building: BuildingOption | null;
  household: { id: string; label: string } | null;
}

const NONE: Choice = { community: null, building: null, household: null };

function Buildings({ communityId, onPick }: { communityId: string; onPick: (building: BuildingOption) => void }) {
  const t = useMembershipT();
  const shell = useT();
  const buildings = useCall('households.list', { communityId });
  return (
    <StateView state={buildings.state} onRetry={buildings.reload} empty={{ title: t('join.noHouseholds'), mark: shell('mark.building') }}>
      {(list) => (
        <Cell.Group className='cells'>
          {list.map((building) => (
            <Cell key={building.id} clickable title={building.name} extra='›' onClick={() => onPick(building)} />
          ))}
        </Cell.Group>
      )}
    </StateView>
  );
}

export function HouseholdPicker() {
  const t = useMembershipT();
  const shell = useT();
  const communities = useCall('communities.list');
  const request = useAction('membership.requestJoin');
  const [choice, setChoice] = useState<Choice>(NONE);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [declined, setDeclined] = useState(false);

  const submit = async () => {
    const checked = validate(RequestJoinInput, { communityId: choice.community?.id, householdId: choice.household?.id, note });
    if (!checked.ok) {
      setNoteError(checked.fields.note ?? Object.values(checked.fields)[0]);
      return;
    }
    setNoteError(null);
    const consented = await ensureConsent('join');
    setDeclined(!consented);
    if (!consented) return;
    const envelope = await request.run(checked.output);
    if (envelope.ok) await refreshSession();
  };

  if (!choice.community) {
    return (
      <View>
        <Text className='section-title'>{t('join.community')}</Text>
        <StateView state={communities.state} onRetry={communities.reload} empty={{ title: t('join.noCommunities'), mark: shell('mark.community') }}>
          {(list) => (
            <Cell.Group className='cells'>
              {list.map((community) => (
                <Cell
                  key={community.id}
                  clickable
                  title={community.name}
                  description={community.streetName}
                  extra='›'
                  onClick={() => setChoice({ ...NONE, community: { id: community.id, name: community.name } })}
                />
              ))}
            </Cell.Group>
          )}
        </StateView>
      </View>
    );
  }

  const path = [choice.community.name, choice.building?.name, choice.household?.label].filter(Boolean).join(' › ');
  return (
    <View>
      <View className='card join-path'>
        <Text className='body-text grow'>{path}</Text>
        <Text className='join-path__change' onClick={() => setChoice(NONE)}>
          {t('join.change')}
        </Text>
      </View>
      {!choice.building ? (
        <View>
          <Text className='section-title'>{t('join.building')}</Text>
          <Buildings communityId={choice.community.id} onPick={(building) => setChoice({ ...choice, building })} />
        </View>
      ) : null}
      {choice.building && !choice.household ? (
        <View>
          <Text className='section-title'>{t('join.household')}</Text>
          <View className='join-households'>
            {choice.building.households.map((household) => (
              <View key={household.id} className='join-households__item' onClick={() => setChoice({ ...choice, household })}>
                {household.label}
              </View>
            ))}
          </View>
        </View>
      ) : null}
      {choice.household ? (
        <View>
          <View className='card'>
            <TextArea label={t('join.note')} placeholder={t('join.notePlaceholder')} value={note} onChange={setNote} maxLength={100} error={noteError} />
          </View>
          {declined ? <Text className='form-error actions'>{t('join.consentNeeded')}</Text> : null}
          <JoinError error={request.error} />
          <View className='actions'>
            <Button type='primary' block loading={request.pending} onClick={submit}>
              {t('join.submit')}
            </Button>
          </View>
        </View>
      ) : null}
    </View>
  );
}
