// 志愿服务证明: the server's certificate data drawn on a canvas; saved to the album on WeChat (or downloaded as a
// picture on H5) and shared with onShareAppMessage. It shows confirmed hours only.
import { useEffect, useState } from 'react';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { Canvas, Text, View } from '@tarojs/components';
import type { Certificate } from '@/domain/drives/types';
import { PageShell } from '@/components/PageShell';
import { StateView } from '@/components/StateView';
import { Button } from '@/components/nutui';
import { useCall } from '@/components/useAsync';
import { DRIVES } from '@/services/navigation';
import { isWeapp } from '@/services/platform';
import { ensureConsent } from '@/services/privacy';
import { CERT_HEIGHT, CERT_WIDTH, drawCertificate, type CertificateWords } from '../../certificate';
import { useDriveLabels } from '../../labels';
import { useDrivesT } from '../../messages';
import '../../drives.scss';

const CANVAS_ID = 'volunteer-certificate';
// The drawing is a picture named by its words; Taro's Canvas types omit role, the browser build passes it on.
const PICTURE = { role: 'img' } as object;

type CanvasNode = HTMLCanvasElement & { createImage?: unknown };

/** The canvas element: WeChat answers its node through a selector query; in the browser it is in the document. */
function findCanvas(): Promise<CanvasNode | null> {
  if (!isWeapp()) {
    const host = document.getElementById(CANVAS_ID);
    return Promise.resolve((host instanceof HTMLCanvasElement ? host : host?.querySelector('canvas')) ?? null);
  }
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec((res: Array<{ node?: CanvasNode } | null>) => resolve(res[0]?.node ?? null));
  });
}

function useWords(data: Certificate): CertificateWords {
  const t = useDrivesT();
  const labels = useDriveLabels();
  return {
    title: t('cert.title'),
    body: [
      t('cert.line1', { name: data.name }),
      labels.date(data.from) === labels.date(data.to)
        ? t('cert.line2Day', { day: labels.date(data.from), community: data.communityName })
        : t('cert.line2', { from: labels.date(data.from), to: labels.date(data.to), community: data.communityName }),
      t('cert.line3', { hours: labels.hours(data.minutes), times: data.personTimes }),
      t('cert.line4'),
    ],
    issuer: data.sealText,
    date: labels.date(data.issuedAt),
    serial: t('cert.serial', { serial: data.serial }),
  };
}

function CertificateCanvas({ data }: { data: Certificate }) {
  const t = useDrivesT();
  const words = useWords(data);
  const [canvas, setCanvas] = useState<CanvasNode | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const wordsKey = JSON.stringify(words);

  useEffect(() => {
    let cancelled = false;
    // The canvas exists once the page has rendered; WeChat needs a tick more to answer the query.
    setTimeout(() => {
      void findCanvas().then((node) => {
        const ctx = node?.getContext('2d');
        if (cancelled || !node || !ctx) return;
        const ratio = isWeapp() ? Taro.getWindowInfo().pixelRatio : window.devicePixelRatio || 1;
        node.width = CERT_WIDTH * ratio;
        node.height = CERT_HEIGHT * ratio;
        ctx.scale(ratio, ratio);
        drawCertificate(ctx, data, words);
        setCanvas(node);
      });
    }, 50);
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wordsKey]);

  const save = async () => {
    if (!canvas) return;
    if (!isWeapp()) {
      const link = document.createElement('a');
      link.href = canvas.toDataURL('image/png');
      link.download = `${t('cert.title')}-${data.name}.png`;
      link.click();
      setSaved(t('cert.downloaded'));
      return;
    }
    if (!(await ensureConsent('all'))) return;
    try {
      const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas: canvas as never });
      await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath });
      setSaved(t('cert.saved'));
    } catch {
      setSaved(t('cert.saveFailed'));
    }
  };

  return (
    <View>
      <View className='certificate'>
        <Canvas type='2d' id={CANVAS_ID} canvasId={CANVAS_ID} className='certificate__canvas' aria-label={words.body.join(' ')} {...PICTURE} />
      </View>
      <View className='actions drive-manage__buttons'>
        <Button type='primary' block onClick={() => void save()}>
          {isWeapp() ? t('cert.save') : t('cert.download')}
        </Button>
        {isWeapp() ? (
          <Button block fill='outline' openType='share'>
            {t('cert.share')}
          </Button>
        ) : null}
      </View>
      {saved ? <Text className='muted actions'>{saved}</Text> : null}
    </View>
  );
}

function CertificateView() {
  const t = useDrivesT();
  const certificate = useCall('drives.certificate');
  useShareAppMessage(() => ({ title: t('cert.shareTitle'), path: DRIVES.profile }));
  return (
    <StateView state={certificate.state} onRetry={certificate.reload} isEmpty={() => false}>
      {(data) => <CertificateCanvas data={data} />}
    </StateView>
  );
}

export default function CertificatePage() {
  const t = useDrivesT();
  return (
    <PageShell title={t('cert.title')}>
      <CertificateView />
    </PageShell>
  );
}
