// 发起表决 (committee): the question, yes / no or options, the statutory rule (with the matter for owners), who votes
// and where, secret or named, how long — and a reminder that nothing changes once it opens.
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Share } from '@/domain/votes/share';
import { VOTE_RULES } from '@/domain/votes/statutes';
import { RULE_ELECTORATES } from '@/domain/votes/settings';
import type { SessionView } from '@/domain/membership/types';
import { Field } from '@/components/Field';
import { Button, Switch } from '@/components/nutui';
import { PageShell } from '@/components/PageShell';
import { TextArea } from '@/components/TextArea';
import { TextField } from '@/components/TextField';
import { useAction, useCall } from '@/components/useAsync';
import { errorRef, useServerMessage } from '@/services/i18n';
import { COUNCILS } from '@/services/navigation';
import { ChipPicker } from '../../components/ChipPicker';
import { useCouncilLabels } from '../../labels';
import { useCouncilT } from '../../messages';
import { inputOf, useVoteDraft } from './useVoteDraft';
import '../../councils.scss';

const SHARES: Share[] = [{ atLeast: [1, 2] }, { moreThan: [1, 2] }, { atLeast: [3, 5] }, { atLeast: [2, 3] }, { atLeast: [3, 4] }];
const shareKey = (share: Share): string => JSON.stringify(share);

function VoteForm({ session, topicId, question, audience }: { session: SessionView; topicId?: string; question?: string; audience?: Parameters<typeof useVoteDraft>[0]['audience'] }) {
  const t = useCouncilT();
  const labels = useCouncilLabels();
  const message = useServerMessage();
  const places = useCall('households.list', { communityId: session.membership?.communityId ?? '' });
  const create = useAction('votes.create');
  const { draft, change } = useVoteDraft({ question, audience });
  const fields = create.error?.fields ?? {};
  const buildings = places.state.status === 'ready' ? places.state.data : [];

  const submit = async () => {
    const answer = await create.run(inputOf(draft, Date.now(), topicId));
    if (answer.ok) void Taro.redirectTo({ url: COUNCILS.vote(answer.data.id) });
  };
  const toggleBuilding = (id: string) => change({ buildingIds: draft.buildingIds.includes(id) ? draft.buildingIds.filter((b) => b !== id) : [...draft.buildingIds, id] });

  return (
    <View className='card stack'>
      <TextField label={t('newVote.question')} placeholder={t('newVote.questionPlaceholder')} value={draft.question} onChange={(value) => change({ question: value })} maxLength={100} error={fields.question} />
      <Field label={t('newVote.kind')}>
        <ChipPicker label={t('newVote.kind')} value={draft.kind} onChange={(kind) => change({ kind })} options={[{ value: 'yes_no', label: t('newVote.yesNo') }, { value: 'options', label: t('newVote.options') }]} />
      </Field>
      {draft.kind === 'options' ? (
        <>
          <TextArea label={t('newVote.optionLabels')} value={draft.optionLines} onChange={(value) => change({ optionLines: value })} maxLength={400} error={fields.options} />
          <Field label={t('newVote.maxChoices')} error={fields.maxChoices}>
            <ChipPicker label={t('newVote.maxChoices')} value={String(draft.maxChoices)} onChange={(value) => change({ maxChoices: Number(value) })} options={['1', '2', '3'].map((value) => ({ value, label: value }))} />
          </Field>
        </>
      ) : null}
      <Field label={t('newVote.rule')} error={fields.rule}>
        <ChipPicker label={t('newVote.rule')} value={draft.rule} onChange={(rule) => change({ rule })} options={VOTE_RULES.map((rule) => ({ value: rule, label: labels.rule(rule) }))} />
      </Field>
      {draft.rule === 'owners_assembly' ? (
        <Field label={t('newVote.matter')} error={fields.matter}>
          <ChipPicker label={t('newVote.matter')} value={draft.matter} onChange={(matter) => change({ matter })} options={[{ value: 'ordinary', label: t('newVote.ordinary') }, { value: 'major', label: t('newVote.major') }]} />
        </Field>
      ) : null}
      {draft.rule === 'simple' ? (
        <>
          <Field label={t('newVote.quorum')}>
            <ChipPicker label={t('newVote.quorum')} value={shareKey(draft.quorum)} onChange={(value) => change({ quorum: JSON.parse(value) as Share })} options={SHARES.map((share) => ({ value: shareKey(share), label: labels.share(share) }))} />
          </Field>
          <Field label={t('newVote.threshold')} error={fields.threshold}>
            <ChipPicker label={t('newVote.threshold')} value={shareKey(draft.threshold)} onChange={(value) => change({ threshold: JSON.parse(value) as Share })} options={SHARES.map((share) => ({ value: shareKey(share), label: labels.share(share) }))} />
          </Field>
        </>
      ) : null}
      <Field label={t('newVote.electorate')} error={fields.electorate}>
        <ChipPicker
          label={t('newVote.electorate')}
          value={draft.electorate}
          onChange={(electorate) => change({ electorate })}
          options={RULE_ELECTORATES[draft.rule].filter((kind) => kind !== 'listed').map((kind) => ({ value: kind, label: t(`newVote.${kind as 'residents' | 'households' | 'owners'}`) }))}
        />
      </Field>
      <Field label={t('newVote.places')} error={fields['electorate.audience']}>
        <View className='chips' role='group' aria-label={t('newVote.places')}>
          <View role='checkbox' aria-checked={!draft.buildingIds.length} className={`chip ${draft.buildingIds.length ? '' : 'is-active'}`} onClick={() => change({ buildingIds: [] })}>
            {t('topics.wholeCommunity')}
          </View>
          {buildings.map((building) => (
            <View key={building.id} role='checkbox' aria-checked={draft.buildingIds.includes(building.id)} className={`chip ${draft.buildingIds.includes(building.id) ? 'is-active' : ''}`} onClick={() => toggleBuilding(building.id)}>
              {building.name}
            </View>
          ))}
        </View>
      </Field>
      {draft.electorate === 'owners' ? <TextField label={t('newVote.unit')} placeholder={t('newVote.unitPlaceholder')} value={draft.units} onChange={(units) => change({ units })} maxLength={20} error={fields['electorate.units']} /> : null}
      <Field label={t('newVote.secret')} hint={t('newVote.secretHint')}>
        <Switch checked={draft.secret} onChange={(secret: boolean) => change({ secret })} aria-label={t('newVote.secret')} />
      </Field>
      <Field label={t('newVote.duration')} error={fields.closesAt}>
        <ChipPicker label={t('newVote.duration')} value={String(draft.days)} onChange={(value) => change({ days: Number(value) })} options={['1', '3', '7', '15'].map((days) => ({ value: days, label: t('newVote.days', { days }) }))} />
      </Field>
      <Text className='muted'>{t('newVote.frozen')}</Text>
      {create.error ? <Text className='form-error'>{message(errorRef(create.error))}</Text> : null}
      <Button block type='primary' loading={create.pending} onClick={() => void submit()}>
        {t('newVote.submit')}
      </Button>
    </View>
  );
}

function ForTopic({ session, topicId }: { session: SessionView; topicId: string }) {
  const topic = useCall('topics.detail', { topicId });
  if (topic.state.status !== 'ready') return null;
  return <VoteForm session={session} topicId={topicId} question={topic.state.data.title} audience={topic.state.data.audience} />;
}

export default function NewVotePage() {
  const t = useCouncilT();
  const { params } = useRouter();
  const topicId = params.id ? decodeURIComponent(params.id) : undefined;
  return <PageShell title={t('newVote.title')}>{(session) => (topicId ? <ForTopic session={session} topicId={topicId} /> : <VoteForm session={session} />)}</PageShell>;
}
