// The questions to answer, checked with the same rule the server applies before anything is sent.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { checkAnswers } from '@/domain/polls/rules';
import type { Answers, AnswerValue, PollDetail } from '@/domain/polls/types';
import { Button } from '@/components/nutui';
import { useAction } from '@/components/useAsync';
import { errorRef, useServerMessage } from '@/services/i18n';
import { QuestionBlock } from '../../components/QuestionBlock';
import { usePollsT } from '../../messages';
import { keepReceipt } from '../../receipts';

export function AnswerForm({ poll, onAnswered }: { poll: PollDetail; onAnswered: () => void }) {
  const t = usePollsT();
  const message = useServerMessage();
  const respond = useAction('polls.respond');
  const [answers, setAnswers] = useState<Answers>({});
  const [problem, setProblem] = useState<{ questionId: string; reason: string } | null>(null);

  const change = (questionId: string, value: AnswerValue) => {
    setAnswers((current) => ({ ...current, [questionId]: value }));
    if (problem?.questionId === questionId) setProblem(null);
  };

  const submit = async () => {
    const checked = checkAnswers(poll.questions, answers);
    if (checked.kind !== 'ok') return setProblem({ questionId: checked.questionId, reason: checked.reason });
    const envelope = await respond.run({ pollId: poll.id, answers: checked.answers });
    if (!envelope.ok) {
      const field = Object.keys(envelope.error.fields ?? {})[0];
      if (field?.startsWith('answers.')) setProblem({ questionId: field.slice('answers.'.length), reason: envelope.error.fields![field]! });
      return;
    }
    if (envelope.data.receipt) keepReceipt(poll.id, envelope.data.receipt);
    onAnswered();
  };

  return (
    <View className='answer-form'>
      {poll.questions.map((question, index) => (
        <QuestionBlock
          key={question.id}
          number={index + 1}
          question={question}
          value={answers[question.id]}
          error={problem?.questionId === question.id ? problem.reason : undefined}
          onChange={(value) => change(question.id, value)}
        />
      ))}
      <View className='poll-actions'>
        {problem ? (
          <View role='alert'>
            <Text className='form-error'>{t('answer.fixFirst')}</Text>
          </View>
        ) : null}
        {respond.error && !problem ? (
          <View role='alert'>
            <Text className='form-error'>{message(errorRef(respond.error))}</Text>
          </View>
        ) : null}
        <Button type='primary' block loading={respond.pending} onClick={() => void submit()}>
          {t('answer.submit')}
        </Button>
      </View>
    </View>
  );
}
