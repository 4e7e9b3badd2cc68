// 发布活动: the committee or a 志愿队长 publishes a drive (or a weekly series): what, when, where (with an optional
// geofence), places or tasks, for whom, what to bring, a cover, and open 随手拍 cases to take on.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PublishDriveInput } from '@/domain/drives/schemas';
import { PageShell } from '@/components/PageShell';
import { Button } from '@/components/nutui';
import { useAction, useCall } from '@/components/useAsync';
import { useServerMessage } from '@/services/i18n';
import { DRIVES } from '@/services/navigation';
import type { UploadedImage } from '@/services/upload';
import { validate } from '@/services/validate';
import { currentPosition } from '@/features/reports/location';
import { useDrivesT } from '../../messages';
import { inputOf, useDraft, type Draft } from './draft';
import { CasesSection } from './CasesSection';
import { MoreSection, PlacesSection, WhatSection, WhenSection, WhereSection } from './Sections';
import '../../drives.scss';

function PublishForm() {
  const t = useDrivesT();
  const message = useServerMessage();
  const [draft, setDraft] = useDraft();
  const [photos, setPhotos] = useState<UploadedImage[]>([]);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [locating, setLocating] = useState(false);
  const map = useCall('reports.map');
  const cases = useCall('drives.openCases');
  const publish = useAction('drives.publish');
  const set = (patch: Partial<Draft>) => setDraft((prev) => ({ ...prev, ...patch }));
  const community = map.state.status === 'ready' ? map.state.data : null;

  const locate = async () => {
    setLocating(true);
    const located = await currentPosition();
    setLocating(false);
    if (located.ok) set({ point: located.point });
  };
  const toggleCase = (reportId: string) =>
    set({ reportIds: draft.reportIds.includes(reportId) ? draft.reportIds.filter((id) => id !== reportId) : [...draft.reportIds, reportId] });

  const submit = async () => {
    const checked = validate(PublishDriveInput, inputOf({ ...draft, coverIds: photos.map((photo) => photo.fileId) }, community?.center ?? null));
    if (!checked.ok) {
      setFields(checked.fields);
      return;
    }
    setFields({});
    const envelope = await publish.run(checked.output);
    if (envelope.ok) {
      void Taro.showToast({ title: t('publish.done'), icon: 'success' });
      void Taro.redirectTo({ url: DRIVES.detail(envelope.data.ids[0]!) });
    } else if (envelope.error.fields) setFields(envelope.error.fields);
  };

  const problems = Object.keys(fields).length;
  return (
    <View>
      <WhatSection draft={draft} set={set} fields={fields} />
      <WhenSection draft={draft} set={set} fields={fields} />
      <WhereSection draft={draft} set={set} fields={fields} locate={() => void locate()} locating={locating} />
      <PlacesSection draft={draft} set={set} fields={fields} />
      <MoreSection draft={draft} set={set} fields={fields} grids={community?.grids ?? []} photos={photos} setPhotos={setPhotos} />
      <CasesSection cases={cases.state.status === 'ready' ? cases.state.data : []} chosen={draft.reportIds} onToggle={toggleCase} error={fields.reportIds ? message(fields.reportIds) : undefined} />
      {problems ? <Text className='form-error actions'>{t('publish.fix', { count: problems })}</Text> : null}
      {publish.error && !publish.error.fields ? <Text className='form-error actions'>{message(publish.error)}</Text> : null}
      <View className='actions'>
        <Button type='primary' block loading={publish.pending} onClick={() => void submit()}>
          {t('publish.submit')}
        </Button>
      </View>
    </View>
  );
}

export default function PublishDrivePage() {
  const t = useDrivesT();
  return (
    <PageShell title={t('publish.title')}>
      <PublishForm />
    </PageShell>
  );
}
