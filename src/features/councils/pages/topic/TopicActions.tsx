// The buttons this caller may use on this topic (from `topic.can`): support for residents; for the committee the
// moves of 四议两公开. Irreversible steps ask first; pages open for what needs a form.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { TopicDetailView } from '@/domain/councils/types';
import { Button } from '@/components/nutui';
import { useStepSheet } from '@/components/StepSheet';
import { useServerMessage } from '@/services/i18n';
import { COUNCILS, openPage } from '@/services/navigation';
import { useCouncilT } from '../../messages';
import { useTopicSteps } from './useTopicSteps';

export function TopicActions({ topic, reload }: { topic: TopicDetailView; reload: () => void }) {
  const t = useCouncilT();
  const sheet = useStepSheet();
  const steps = useTopicSteps(topic.id, reload);
  const { can } = topic;
  const topicId = topic.id;
  const [error, setError] = useState<string | null>(null);
  const message = useServerMessage();

  const merge = async () => {
    const others = await steps.mergeTargets();
    sheet.ask({ title: t('topic.merge'), message: t('topic.mergeWhat'), choices: others.map((item) => ({ value: item.id, label: item.title })), danger: true, run: ({ choice }) => steps.merge(choice) });
  };

  const buttons: Array<{ key: string; label: string; primary?: boolean; onClick: () => void }> = [];
  if (can.support) buttons.push({ key: 'support', label: t('topic.support'), primary: true, onClick: () => void steps.support().then(setError) });
  if (can.putOnAgenda) buttons.push({ key: 'agenda', label: t('topic.putOnAgenda'), primary: true, onClick: () => sheet.ask({ title: t('topic.putOnAgenda'), run: steps.putOnAgenda }) });
  if (can.scheduleMeeting) buttons.push({ key: 'meeting', label: t('topic.scheduleMeeting'), onClick: () => openPage(COUNCILS.meeting(topicId)) });
  if (can.publishMinutes) buttons.push({ key: 'minutes', label: t('topic.publishMinutes'), onClick: () => openPage(COUNCILS.publish(topicId, 'minutes')) });
  if (can.openVote) buttons.push({ key: 'vote', label: t('topic.startVote'), primary: true, onClick: () => openPage(COUNCILS.newVote(topicId)) });
  if (can.implement) {
    buttons.push({
      key: 'implement',
      label: t('topic.implement'),
      primary: true,
      onClick: () => sheet.ask({ title: t('topic.implement'), text: { label: t('topic.implementPlan'), multiline: true }, run: ({ text }) => steps.implement(text) }),
    });
  }
  if (can.accept) buttons.push({ key: 'accept', label: t('topic.accept'), primary: true, onClick: () => openPage(COUNCILS.publish(topicId, 'result')) });
  if (can.reconsider) {
    buttons.push({ key: 'reconsider', label: t('topic.reconsider'), onClick: () => sheet.ask({ title: t('topic.reconsider'), text: { label: t('topic.reconsiderNote') }, run: ({ text }) => steps.reconsider(text) }) });
  }
  if (can.merge) buttons.push({ key: 'merge', label: t('topic.merge'), onClick: () => void merge() });
  if (can.decline) {
    buttons.push({
      key: 'decline',
      label: t('topic.decline'),
      onClick: () => sheet.ask({ title: t('topic.decline'), message: t('topic.declineWhat'), text: { label: t('topic.declineReason'), multiline: true }, danger: true, run: ({ text }) => steps.decline(text) }),
    });
  }
  if (!buttons.length) return null;
  return (
    <View className='actions stack'>
      {error ? <Text className='form-error'>{message(error)}</Text> : null}
      {buttons.map((button) => (
        <Button key={button.key} block type='primary' fill={button.primary ? 'solid' : 'outline'} onClick={button.onClick}>
          {button.label}
        </Button>
      ))}
      {sheet.sheet}
    </View>
  );
}
