// What is being decided and how: the question, the rule and its statute, the times, secret or named, whether the
// ballot records an area, and which key the caller votes with.
import { Text, View } from '@tarojs/components';
import type { VoteView } from '@/domain/votes/types';
import { Badge } from '@/components/Badge';
import { useCouncilLabels } from '../../labels';
import { useCouncilT } from '../../messages';

const RULE_HINTS = {
  residents_assembly: 'newVote.ruleResidents',
  villagers_assembly: 'newVote.ruleVillagers',
  villagers_representatives: 'newVote.ruleRepresentatives',
  owners_assembly: 'newVote.ruleOwners',
  simple: 'newVote.ruleSimple',
} as const;

export function VoteHeader({ vote }: { vote: VoteView }) {
  const t = useCouncilT();
  const labels = useCouncilLabels();
  return (
    <View className='card council-card'>
      <View className='council-card__head'>
        <Badge tone={vote.status === 'closed' ? 'muted' : 'brand'}>{labels.voteStatus(vote.status)}</Badge>
        <Badge tone='muted'>{vote.secret ? t('vote.secretLabel') : t('vote.namedLabel')}</Badge>
      </View>
      <Text className='title council-card__text'>{vote.question}</Text>
      {vote.topicTitle ? <Text className='muted'>{vote.topicTitle}</Text> : null}
      <View className='stack council-card__text'>
        <Text className='body-text'>
          {t('vote.ruleIs', { rule: labels.rule(vote.rule) })}
          {vote.matter ? ` · ${t(vote.matter === 'major' ? 'newVote.major' : 'newVote.ordinary')}` : ''}
        </Text>
        <Text className='muted'>{t(RULE_HINTS[vote.rule])}</Text>
        {vote.quorum && vote.threshold ? <Text className='muted'>{`${t('result.quorum')} ${labels.share(vote.quorum)} · ${t('result.threshold')} ${labels.share(vote.threshold)}`}</Text> : null}
        <Text className='muted'>{`${labels.places(vote.places)}${vote.units.length ? ` · ${vote.units.map((unit) => t('vote.unitName', { unit })).join('、')}` : ''}`}</Text>
        <Text className='body-text'>
          {t('vote.opens', { at: labels.time(vote.opensAt) })} · {t('vote.closes', { at: labels.time(vote.closesAt) })}
        </Text>
        <Text className='muted'>{vote.secret ? t('vote.secret') : t('vote.named')}</Text>
        {vote.electorateKind === 'owners' ? <Text className='muted'>{t('vote.area')}</Text> : null}
        {vote.me.voterLabel ? <Text className='body-text'>{t('vote.as', { label: vote.me.voterLabel })}</Text> : null}
      </View>
    </View>
  );
}
