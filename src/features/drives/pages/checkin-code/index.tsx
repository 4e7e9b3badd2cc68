// 签到码: the organiser's phone shows a QR code that changes every 30 s, with its 6-digit code for those who
// type it on H5; 代签 for a person without a phone; the way to the attendance.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import type { CheckInCode } from '@/domain/drives/types';
import { PageShell } from '@/components/PageShell';
import { ErrorState, LoadingState } from '@/components/StateView';
import { useStepSheet } from '@/components/StepSheet';
import { Button } from '@/components/nutui';
import { useAction } from '@/components/useAsync';
import { errorRef } from '@/services/i18n';
import { DRIVES, openPage } from '@/services/navigation';
import { useDrivesT } from '../../messages';
import { qrDataUrl } from '../../qr';
import '../../drives.scss';

/** The current code, fetched again when its window ends; the countdown runs on the server's time. */
function useRotatingCode(driveId: string) {
  const load = useAction('drives.checkInCode');
  const [code, setCode] = useState<CheckInCode | null>(null);
  const [skew, setSkew] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const refresh = useCallback(async () => {
    const envelope = await load.run({ driveId });
    if (envelope.ok) {
      setCode(envelope.data);
      setSkew(envelope.data.now - Date.now());
      timer.current = setTimeout(() => void refresh(), Math.max(1_000, envelope.data.refreshAt - envelope.data.now + 300));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [driveId]);

  useEffect(() => {
    void refresh();
    const tick = setInterval(() => setNow(Date.now()), 1_000);
    return () => {
      clearInterval(tick);
      clearTimeout(timer.current);
    };
  }, [refresh]);

  const secondsLeft = code ? Math.max(0, Math.ceil((code.refreshAt - (now + skew)) / 1_000)) : 0;
  return { code, error: code ? null : load.error, retry: () => void refresh(), secondsLeft };
}

function RotatingCode({ driveId }: { driveId: string }) {
  const t = useDrivesT();
  const { code, error, retry, secondsLeft } = useRotatingCode(driveId);
  const proxy = useAction('drives.proxyCheckIn');
  const steps = useStepSheet();
  if (error) return <ErrorState error={error} onRetry={retry} />;
  if (!code) return <LoadingState />;
  const walkIn = () =>
    steps.ask({
      title: t('code.proxy'),
      message: t('code.proxyHint'),
      text: { label: t('code.proxyName'), maxLength: 20 },
      run: async ({ text }) => {
        const envelope = await proxy.run({ who: 'walkIn', driveId, name: text });
        return envelope.ok ? null : errorRef(envelope.error);
      },
    });
  return (
    <View>
      <View className='card checkin-code'>
        <Text className='body-text'>{t('code.scanHint')}</Text>
        <Image className='checkin-code__qr' src={qrDataUrl(code.token)} mode='scaleToFill' ariaLabel={t('code.qrLabel')} nativeProps={{ alt: t('code.qrLabel') }} />
        <Text className='muted'>{t('code.typeHint')}</Text>
        <Text className='checkin-code__digits' aria-label={t('code.digitsLabel', { code: code.code.split('').join(' ') })}>
          {code.code}
        </Text>
        <Text className='muted'>
          {t('code.refresh', { seconds: secondsLeft })}
        </Text>
        {code.radiusMeters !== null ? <Text className='muted'>{t('code.geofence', { meters: code.radiusMeters })}</Text> : null}
      </View>
      <View className='actions drive-manage__buttons'>
        <Button block fill='outline' onClick={walkIn}>
          {t('code.proxy')}
        </Button>
        <Button type='primary' block onClick={() => openPage(DRIVES.attendance(driveId))}>
          {t('manage.attendance')}
        </Button>
      </View>
      {steps.sheet}
    </View>
  );
}

export default function CheckInCodePage() {
  const t = useDrivesT();
  const { params } = useRouter();
  const driveId = decodeURIComponent(params.id ?? '');
  return <PageShell title={t('code.title')}>{driveId ? <RotatingCode driveId={driveId} /> : null}</PageShell>;
}
