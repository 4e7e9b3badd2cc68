// When a notice shows and until when: now or at a date and time, and no expiry or an expiry date and time.
import { Picker, Text, View } from '@tarojs/components';
import { Field } from '@/components/Field';
import { useNoticesT } from '../../messages';

export interface Moment {
  date: string;
  time: string;
}

function MomentPicker({ value, onChange }: { value: Moment; onChange: (moment: Moment) => void }) {
  const t = useNoticesT();
  return (
    <View className='chips when-fields__moment'>
      <Picker mode='date' value={value.date} onChange={(event) => onChange({ ...value, date: String(event.detail.value) })}>
        <View className='chip is-active' aria-label={t('publish.date')}>
          <Text>{value.date}</Text>
        </View>
      </Picker>
      <Picker mode='time' value={value.time} onChange={(event) => onChange({ ...value, time: String(event.detail.value) })}>
        <View className='chip is-active' aria-label={t('publish.time')}>
          <Text>{value.time}</Text>
        </View>
      </Picker>
    </View>
  );
}

interface ChoiceProps {
  label: string;
  options: Array<[boolean, string]>;
  on: boolean;
  onChange: (on: boolean) => void;
}

const Choice = ({ label, options, on, onChange }: ChoiceProps) => (
  <View className='chips' role='radiogroup' aria-label={label}>
    {options.map(([value, text]) => (
      <View key={text} role='radio' aria-checked={on === value} className={`chip ${on === value ? 'is-active' : ''}`} onClick={() => onChange(value)}>
        {text}
      </View>
    ))}
  </View>
);

export interface WhenProps {
  /** Publishing time, only when publishing (an edit keeps it). */
  later?: { on: boolean; moment: Moment; onToggle: (on: boolean) => void; onChange: (moment: Moment) => void; error?: string };
  expiry: { on: boolean; moment: Moment; onToggle: (on: boolean) => void; onChange: (moment: Moment) => void; error?: string };
}

export function WhenFields({ later, expiry }: WhenProps) {
  const t = useNoticesT();
  return (
    <View className='when-fields'>
      {later ? (
        <Field label={t('publish.when')} error={later.error}>
          <Choice label={t('publish.when')} on={later.on} onChange={later.onToggle} options={[[false, t('publish.now')], [true, t('publish.later')]]} />
          {later.on ? <MomentPicker value={later.moment} onChange={later.onChange} /> : null}
        </Field>
      ) : null}
      <Field label={t('publish.expiry')} error={expiry.error}>
        <Choice label={t('publish.expiry')} on={expiry.on} onChange={expiry.onToggle} options={[[false, t('publish.noExpiry')], [true, t('publish.expiresOn')]]} />
        {expiry.on ? <MomentPicker value={expiry.moment} onChange={expiry.onChange} /> : null}
        <Text className='muted when-fields__hint'>{t('publish.expiryHint')}</Text>
      </Field>
    </View>
  );
}
