// 树木详情: a tree's facts and care log; adopt it (after a confirming sheet), or — as its adopter — log care, see the
// certificate, renew or end the term; anyone may report sickness.
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TreeDetailView } from '@/domain/trees/types';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { useStepSheet } from '@/components/StepSheet';
import { Button } from '@/components/nutui';
import { useAction, useCall, useReshow } from '@/components/useAsync';
import { errorRef } from '@/services/i18n';
import { openPage } from '@/services/navigation';
import { AdoptSheet } from '../../components/AdoptSheet';
import { CareTimeline } from '../../components/CareTimeline';
import { MyAdoption } from '../../components/MyAdoption';
import { TreeFacts } from '../../components/TreeFacts';
import { TREES } from '../../links';
import { useTreesT } from '../../messages';
import '../../trees.scss';

/** Adopt, or — for someone who is not its adopter — care for it as staff or report its sickness. */
function TreeButtons({ tree, onAdopt }: { tree: TreeDetailView; onAdopt: () => void }) {
  const t = useTreesT();
  const staffCare = !tree.mine && tree.can.logCare.length === 6;
  const sickness = !tree.mine && tree.can.logCare.includes('sickness');
  if (!tree.can.adopt && !staffCare && !sickness) return null;
  return (
    <View className='actions tree-actions'>
      {tree.can.adopt ? (
        <Button type='primary' block onClick={onAdopt}>
          {t('tree.adopt')}
        </Button>
      ) : null}
      {staffCare ? (
        <Button fill='outline' block onClick={() => openPage(TREES.care(tree.id))}>
          {t('tree.logCare')}
        </Button>
      ) : null}
      {sickness ? (
        <Button fill='outline' block onClick={() => openPage(TREES.care(tree.id, 'sickness'))}>
          {t('tree.reportSickness')}
        </Button>
      ) : null}
    </View>
  );
}

function TreeScreen({ tree, reload, adopted, onAdopted }: { tree: TreeDetailView; reload: () => void; adopted: boolean; onAdopted: () => void }) {
  const t = useTreesT();
  const adopt = useAction('trees.adopt');
  const renew = useAction('trees.renew');
  const end = useAction('trees.endAdoption');
  const steps = useStepSheet();
  const [adopting, setAdopting] = useState(false);
  const step = (run: () => Promise<{ ok: boolean; error?: Parameters<typeof errorRef>[0] }>) => async () => {
    const envelope = await run();
    if (!envelope.ok) return errorRef(envelope.error!);
    reload();
    return null;
  };

  return (
    <View>
      {adopted ? (
        <View className='card tree-adopted' role='status'>
          <Text className='body-text'>{t('tree.adopted')}</Text>
        </View>
      ) : null}
      <TreeFacts tree={tree} />
      {tree.mine ? (
        <MyAdoption
          tree={tree}
          adoption={tree.mine}
          ask={steps.ask}
          renew={step(() => renew.run({ adoptionId: tree.mine!.id }))}
          end={step(() => end.run({ adoptionId: tree.mine!.id }))}
        />
      ) : null}
      <TreeButtons tree={tree} onAdopt={() => (adopt.clearError(), setAdopting(true))} />
      <CareTimeline treeId={tree.id} />
      <AdoptSheet
        tree={tree}
        open={adopting}
        pending={adopt.pending}
        error={adopt.error}
        onCancel={() => setAdopting(false)}
        onAdopt={async (choice) => {
          const envelope = await adopt.run({ treeId: tree.id, ...choice });
          if (!envelope.ok) return;
          setAdopting(false);
          onAdopted();
        }}
      />
      {steps.sheet}
    </View>
  );
}

function TreeDetail({ treeId }: { treeId: string }) {
  const detail = useCall('trees.detail', { treeId });
  const [adopted, setAdopted] = useState(false);
  // Back from logging care: the log and the care clock have moved on.
  useReshow(detail.reload);
  return (
    <StateView state={detail.state} onRetry={detail.reload} isEmpty={() => false}>
      {(tree) => <TreeScreen tree={tree} reload={detail.reload} adopted={adopted} onAdopted={() => (setAdopted(true), detail.reload())} />}
    </StateView>
  );
}

export default function TreePage() {
  const t = useTreesT();
  const { params } = useRouter();
  const treeId = decodeURIComponent(params.id ?? '');
  return <PageShell title={t('tree.title')}>{treeId ? <TreeDetail treeId={treeId} /> : null}</PageShell>;
}
