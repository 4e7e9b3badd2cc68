// The sections of the publish form: what, when, where, how many (or by task), for whom, and more.
import { Picker, View } from '@tarojs/components';
import { DRIVE_KINDS } from '@/domain/drives/kinds';
import { Field } from '@/components/Field';
import { PhotoPicker } from '@/components/PhotoPicker';
import { TextArea } from '@/components/TextArea';
import { TextField } from '@/components/TextField';
import { Button } from '@/components/nutui';
import { useLocale } from '@/services/i18n';
import type { UploadedImage } from '@/services/upload';
import { Chips } from '../../components/Chips';
import { SwitchLine } from '../../components/SwitchLine';
import { useDrivesT } from '../../messages';
import type { Deadline, Draft, Repeat } from './draft';

export interface SectionProps {
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  fields: Record<string, string>;
}

export function WhatSection({ draft, set, fields }: SectionProps) {
  const t = useDrivesT();
  const lang = useLocale() === 'en-US' ? 'en' : 'zh';
  return (
    <View className='card'>
      <TextField label={t('publish.name')} placeholder={t('publish.namePlaceholder')} value={draft.title} maxLength={40} onChange={(title) => set({ title })} error={fields.title} />
      <Field label={t('publish.kind')} error={fields.kind}>
        <Chips label={t('publish.kind')} value={draft.kind} options={DRIVE_KINDS.map((kind) => ({ value: kind.key, label: kind[lang] }))} onChange={(kind) => set({ kind })} />
      </Field>
      <TextArea label={t('publish.description')} placeholder={t('publish.descriptionPlaceholder')} value={draft.description} maxLength={500} onChange={(description) => set({ description })} error={fields.description} />
    </View>
  );
}

export function WhenSection({ draft, set, fields }: SectionProps) {
  const t = useDrivesT();
  const hours = [1, 2, 2.5, 3, 4];
  return (
    <View className='card'>
      <Field label={t('publish.date')} error={fields.startsAt}>
        <View className='row publish-when'>
          <Picker mode='date' value={draft.date} onChange={(event) => set({ date: String(event.detail.value) })}>
            <View className='chip is-active' aria-label={t('publish.date')}>{draft.date}</View>
          </Picker>
          <Picker mode='time' value={draft.time} onChange={(event) => set({ time: String(event.detail.value) })}>
            <View className='chip is-active' aria-label={t('publish.time')}>{draft.time}</View>
          </Picker>
        </View>
      </Field>
      <Field label={t('publish.duration')} error={fields.endsAt}>
        <Chips label={t('publish.duration')} value={draft.hours} options={hours.map((value) => ({ value, label: t('publish.hours', { hours: value }) }))} onChange={(value) => set({ hours: value })} />
      </Field>
      <Field label={t('publish.deadline')} error={fields.signUpBy}>
        <Chips<Deadline>
          label={t('publish.deadline')}
          value={draft.deadline}
          options={[{ value: 'eveBefore', label: t('publish.eveBefore') }, { value: 'start', label: t('publish.atStart') }]}
          onChange={(deadline) => set({ deadline })}
        />
      </Field>
      <Field label={t('publish.repeat')} error={fields['repeat.times']}>
        <Chips<Repeat>
          label={t('publish.repeat')}
          value={draft.repeat}
          options={[{ value: 'none', label: t('publish.once') }, { value: 'weekly4', label: t('publish.weekly', { times: 4 }) }, { value: 'weekly8', label: t('publish.weekly', { times: 8 }) }]}
          onChange={(repeat) => set({ repeat })}
        />
      </Field>
    </View>
  );
}

export function WhereSection({ draft, set, fields, locate, locating }: SectionProps & { locate: () => void; locating: boolean }) {
  const t = useDrivesT();
  const radii: Array<number | 'none'> = ['none', 100, 200, 500];
  return (
    <View className='card'>
      <TextField label={t('publish.address')} placeholder={t('publish.addressPlaceholder')} value={draft.address} maxLength={60} onChange={(address) => set({ address })} error={fields['place.address']} />
      <Field label={t('publish.point')} hint={draft.point ? t('publish.pointSet') : t('publish.pointCentre')} error={fields['place.lat']}>
        <Button size='small' fill='outline' loading={locating} onClick={locate}>
          {t('publish.useHere')}
        </Button>
      </Field>
      <Field label={t('publish.geofence')} hint={t('publish.geofenceHint')} error={fields['place.radiusMeters']}>
        <Chips<number | 'none'>
          label={t('publish.geofence')}
          value={draft.radius ?? 'none'}
          options={radii.map((value) => ({ value, label: value === 'none' ? t('publish.noGeofence') : t('publish.meters', { meters: value }) }))}
          onChange={(value) => set({ radius: value === 'none' ? null : value })}
        />
      </Field>
    </View>
  );
}

export function PlacesSection({ draft, set, fields }: SectionProps) {
  const t = useDrivesT();
  const setTask = (index: number, patch: Partial<Draft['tasks'][number]>) =>
    set({ tasks: draft.tasks.map((task, at) => (at === index ? { ...task, ...patch } : task)) });
  return (
    <View className='card'>
      <SwitchLine label={t('publish.byTask')} checked={draft.byTask} onChange={(byTask) => set({ byTask })} />
      {draft.byTask ? (
        <View>
          {draft.tasks.map((task, index) => (
            <View key={index} className='row publish-task'>
              <TextField className='grow' label={t('publish.taskName', { n: index + 1 })} placeholder={t('publish.taskNamePlaceholder')} value={task.name} maxLength={12} onChange={(name) => setTask(index, { name })} error={fields[`tasks.${index}.name`]} />
              <TextField label={t('publish.taskCapacity', { n: index + 1 })} type='number' value={task.capacity} maxLength={3} onChange={(capacity) => setTask(index, { capacity })} error={fields[`tasks.${index}.capacity`]} />
            </View>
          ))}
          {draft.tasks.length < 6 ? (
            <Button size='small' fill='outline' onClick={() => set({ tasks: [...draft.tasks, { name: '', capacity: '' }] })}>
              {t('publish.addTask')}
            </Button>
          ) : null}
        </View>
      ) : (
        <TextField label={t('publish.capacity')} type='number' value={draft.capacity} maxLength={3} onChange={(capacity) => set({ capacity })} error={fields.capacity} />
      )}
    </View>
  );
}

export function MoreSection({ draft, set, fields, grids, photos, setPhotos }: SectionProps & { grids: Array<{ id: string; name: string }>; photos: UploadedImage[]; setPhotos: (photos: UploadedImage[]) => void }) {
  const t = useDrivesT();
  return (
    <View className='card'>
      <Field label={t('publish.audience')} error={fields.audience}>
        <Chips<string>
          label={t('publish.audience')}
          value={draft.gridId ?? 'community'}
          options={[{ value: 'community', label: t('publish.wholeCommunity') }, ...grids.map((grid) => ({ value: grid.id, label: grid.name }))]}
          onChange={(value) => set({ gridId: value === 'community' ? null : value })}
        />
      </Field>
      <TextField label={t('publish.bring')} placeholder={t('publish.bringPlaceholder')} value={draft.bring} maxLength={100} onChange={(bring) => set({ bring })} error={fields.bring} />
      <Field label={t('publish.cover')} hint={t('publish.coverHint')} error={fields.coverPhotoIds}>
        <PhotoPicker photos={photos} max={1} onChange={setPhotos} />
      </Field>
    </View>
  );
}
