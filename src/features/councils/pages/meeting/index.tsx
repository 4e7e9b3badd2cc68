// 安排议事会 (committee): a day and time (or now, for a meeting held on the spot), the place, and whom to invite —
// the residents the topic concerns or the whole community. The invitees are told.
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Audience } from '@/domain/common/scope';
import { Field } from '@/components/Field';
import { Button } from '@/components/nutui';
import { PageShell } from '@/components/PageShell';
import { TextField } from '@/components/TextField';
import { useAction, useCall } from '@/components/useAsync';
import { errorRef, useServerMessage } from '@/services/i18n';
import { ChipPicker } from '../../components/ChipPicker';
import { useCouncilT } from '../../messages';
import '../../councils.scss';

const DAY_MS = 24 * 3_600_000;
const TIMES = ['now', '09:00', '14:30', '19:00', '19:30'] as const;

/** The chosen day and time as a timestamp, in the phone's own time zone. */
function meetingAt(dayOffset: number, time: (typeof TIMES)[number], now: number): number {
  if (time === 'now') return now;
  const day = new Date(now + dayOffset * DAY_MS);
  const [hours, minutes] = time.split(':').map(Number);
  day.setHours(hours!, minutes!, 0, 0);
  return day.getTime();
}

function MeetingForm({ topicId, audience }: { topicId: string; audience: Audience }) {
  const t = useCouncilT();
  const message = useServerMessage();
  const schedule = useAction('topics.scheduleMeeting');
  const [day, setDay] = useState('0');
  const [time, setTime] = useState<(typeof TIMES)[number]>('19:00');
  const [place, setPlace] = useState('');
  const [invite, setInvite] = useState<'topic' | 'community'>('topic');
  const fields = schedule.error?.fields ?? {};

  const submit = async () => {
    const at = meetingAt(Number(day), time, Date.now());
    const answer = await schedule.run({ topicId, at, place, audience: invite === 'topic' ? audience : { level: 'community' } });
    if (answer.ok) void Taro.navigateBack();
  };

  return (
    <View className='card stack'>
      <Field label={t('meeting.day')}>
        <ChipPicker
          label={t('meeting.day')}
          value={day}
          onChange={(value) => {
            setDay(value);
            if (value !== '0' && time === 'now') setTime('19:00');
          }}
          options={[
            { value: '0', label: t('meeting.today') },
            { value: '1', label: t('meeting.tomorrow') },
            ...[2, 3, 7].map((days) => ({ value: String(days), label: t('meeting.inDays', { days }) })),
          ]}
        />
      </Field>
      <Field label={t('meeting.time')} error={fields.at}>
        <ChipPicker label={t('meeting.time')} value={time} onChange={setTime} options={TIMES.filter((value) => value !== 'now' || day === '0').map((value) => ({ value, label: value === 'now' ? t('meeting.now') : value }))} />
      </Field>
      <TextField label={t('meeting.place')} placeholder={t('meeting.placePlaceholder')} value={place} onChange={setPlace} maxLength={60} error={fields.place} />
      <Field label={t('meeting.invite')} error={fields.audience}>
        <ChipPicker label={t('meeting.invite')} value={invite} onChange={setInvite} options={[{ value: 'topic', label: t('meeting.topicScope') }, { value: 'community', label: t('topics.wholeCommunity') }]} />
      </Field>
      {schedule.error ? <Text className='form-error'>{message(errorRef(schedule.error))}</Text> : null}
      <Button block type='primary' loading={schedule.pending} onClick={() => void submit()}>
        {t('meeting.submit')}
      </Button>
    </View>
  );
}

function Meeting({ topicId }: { topicId: string }) {
  const topic = useCall('topics.detail', { topicId });
  return topic.state.status === 'ready' ? <MeetingForm topicId={topicId} audience={topic.state.data.audience} /> : null;
}

export default function MeetingPage() {
  const t = useCouncilT();
  const { params } = useRouter();
  const topicId = decodeURIComponent(params.id ?? '');
  return <PageShell title={t('meeting.title')}>{topicId ? <Meeting topicId={topicId} /> : null}</PageShell>;
}
