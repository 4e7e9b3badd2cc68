// 养护打卡: what was done (浇水, 修剪 …), a photo, a note and — if something is wrong — the tree's condition.
// A sickness found, or 病虫害 / 枯死, files a 随手拍 case for the tree's grid; the page says so.
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { LogCareInput } from '@/domain/trees/schemas';
import { CONDITIONS, type CareAct, type Condition, type TreeDetailView } from '@/domain/trees/types';
import { Chips } from '@/components/Chips';
import { Field } from '@/components/Field';
import { PageShell } from '@/components/PageShell';
import { PhotoPicker } from '@/components/PhotoPicker';
import { EmptyState, StateView } from '@/components/StateView';
import { TextArea } from '@/components/TextArea';
import { Button } from '@/components/nutui';
import { useAction, useCall } from '@/components/useAsync';
import { useServerMessage } from '@/services/i18n';
import { useT } from '@/services/messages';
import type { UploadedImage } from '@/services/upload';
import { validate } from '@/services/validate';
import { useTreeLabels } from '../../labels';
import { useTreesT } from '../../messages';
import '../../trees.scss';

function CareForm({ tree, initialAct, onDone }: { tree: TreeDetailView; initialAct: CareAct | null; onDone: (caseId: string | null) => void }) {
  const t = useTreesT();
  const labels = useTreeLabels();
  const message = useServerMessage();
  const allowed = tree.can.logCare;
  const [act, setAct] = useState<CareAct | null>(initialAct && allowed.includes(initialAct) ? initialAct : allowed[0] ?? null);
  const [photos, setPhotos] = useState<UploadedImage[]>([]);
  const [note, setNote] = useState('');
  const [condition, setCondition] = useState<Condition | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const log = useAction('trees.logCare');

  const submit = async () => {
    const checked = validate(LogCareInput, { treeId: tree.id, act: act ?? undefined, photoIds: photos.map((photo) => photo.fileId), note, condition });
    setFields(checked.ok ? {} : checked.fields);
    if (!checked.ok) return;
    const envelope = await log.run(checked.output);
    if (envelope.ok) onDone(envelope.data.caseId);
    else if (envelope.error.fields) setFields(envelope.error.fields);
  };

  return (
    <View>
      <View className='card'>
        <Text className='title'>{`${labels.species(tree.species)} · ${tree.spot}`}</Text>
        <Field label={t('log.act')} error={fields.act}>
          <Chips label={t('log.act')} value={act} options={allowed.map((value) => ({ value, label: labels.act(value) }))} onChange={setAct} />
        </Field>
        <Field label={t('log.photos')} hint={t('log.photosHint')} error={fields.photoIds}>
          <PhotoPicker photos={photos} onChange={setPhotos} max={3} />
        </Field>
        <TextArea label={t('log.note')} placeholder={t('log.notePlaceholder')} value={note} maxLength={200} onChange={setNote} error={fields.note} />
        <Field label={t('log.condition')} hint={t('log.conditionHint')} error={fields.condition}>
          <Chips
            label={t('log.condition')}
            value={condition}
            options={CONDITIONS.map((value) => ({ value, label: labels.condition(value) }))}
            onChange={setCondition}
            clearable
            onClear={() => setCondition(null)}
          />
        </Field>
      </View>
      {log.error && !log.error.fields ? <Text className='form-error actions'>{message(log.error)}</Text> : null}
      <View className='actions'>
        <Button type='primary' block loading={log.pending} onClick={() => void submit()}>
          {t('log.submit')}
        </Button>
      </View>
    </View>
  );
}

function Done({ caseId }: { caseId: string | null }) {
  const t = useTreesT();
  const shell = useT();
  return (
    <View>
      <EmptyState mark={shell('mark.tree')} title={t('log.done')} description={caseId ? t('log.doneCase') : undefined} />
      <View className='actions'>
        <Button type='primary' block onClick={() => void Taro.navigateBack()}>
          {t('log.back')}
        </Button>
      </View>
    </View>
  );
}

function CareScreen({ treeId, act }: { treeId: string; act: CareAct | null }) {
  const detail = useCall('trees.detail', { treeId });
  const [done, setDone] = useState<{ caseId: string | null } | null>(null);
  if (done) return <Done caseId={done.caseId} />;
  return (
    <StateView state={detail.state} onRetry={detail.reload} isEmpty={() => false}>
      {(tree) => <CareForm tree={tree} initialAct={act} onDone={(caseId) => setDone({ caseId })} />}
    </StateView>
  );
}

export default function CarePage() {
  const t = useTreesT();
  const { params } = useRouter();
  const treeId = decodeURIComponent(params.id ?? '');
  const act = (params.act as CareAct | undefined) ?? null;
  return <PageShell title={t('log.title')}>{treeId ? <CareScreen treeId={treeId} act={act} /> : null}</PageShell>;
}
