// What the committee (or the street office) may do with a notice: edit it, see who has read it, withdraw it.
import { Text, View } from '@tarojs/components';
import type { NoticeDetailView } from '@/domain/notices/types';
import { useStepSheet } from '@/components/StepSheet';
import { Button } from '@/components/nutui';
import { useAction } from '@/components/useAsync';
import { errorRef } from '@/services/i18n';
import { NOTICES, openPage } from '@/services/navigation';
import { useNoticesT } from '../../messages';

export function OverseerActions({ notice, reload }: { notice: NoticeDetailView; reload: () => void }) {
  const t = useNoticesT();
  const sheet = useStepSheet();
  const withdraw = useAction('notices.withdraw');
  if (!notice.can.readStats && !notice.can.edit) return null;

  const askWithdraw = () =>
    sheet.ask({
      title: t('detail.withdraw'),
      message: t('detail.withdrawWhat'),
      danger: true,
      run: async () => {
        const envelope = await withdraw.run({ noticeId: notice.id });
        if (!envelope.ok) return errorRef(envelope.error);
        reload();
        return null;
      },
    });

  return (
    <View className='actions notice-actions'>
      {notice.withdrawn ? <Text className='muted'>{t('detail.withdrawn')}</Text> : null}
      {notice.can.readStats ? (
        <Button type='primary' block onClick={() => openPage(NOTICES.reads(notice.id))}>
          {t('detail.reads')}
        </Button>
      ) : null}
      {notice.can.edit ? (
        <Button type='primary' fill='outline' block onClick={() => openPage(NOTICES.edit(notice.id))}>
          {t('detail.edit')}
        </Button>
      ) : null}
      {notice.can.withdraw ? (
        <Button type='danger' fill='outline' block onClick={askWithdraw}>
          {t('detail.withdraw')}
        </Button>
      ) : null}
      {sheet.sheet}
    </View>
  );
}
