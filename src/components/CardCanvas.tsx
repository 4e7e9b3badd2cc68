// A keepsake drawn on a canvas — an adoption certificate, a signer's card — to save or share. The same words are
// the canvas's accessible name, since a screen reader cannot read a drawing.
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Canvas, Text, View } from '@tarojs/components';
import { isWeapp } from '@/services/platform';
import { useT } from '@/services/messages';
import { Button } from './nutui';
import './CardCanvas.scss';

export interface CardDesign {
  /** Border and heading colour. */
  accent: string;
  /** The paper's colour. */
  paper: string;
  heading: string;
  /** The name in the middle, large. */
  name: string;
  lines: string[];
  footer: string[];
}

const WIDTH = 300;
const HEIGHT = 420;
const H5_SCALE = 2;

type Context = ReturnType<typeof Taro.createCanvasContext>;

/** On WeChat the canvas is looked up in the current page's tree; H5 finds it in the document. */
const owner = () => (isWeapp() ? (Taro.getCurrentInstance().page as unknown as Parameters<typeof Taro.createCanvasContext>[1]) : undefined);

/** Breaks text into lines that fit `width`, by measuring where the canvas can, else by character count. */
function wrap(ctx: Context, text: string, width: number, size: number): string[] {
  const measure = (part: string): number => {
    try {
      return ctx.measureText(part).width;
    } catch {
      return Array.from(part).length * size;
    }
  };
  const lines: string[] = [];
  let line = '';
  for (const char of Array.from(text)) {
    if (line && measure(line + char) > width) {
      lines.push(line);
      line = char;
    } else line += char;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Draws in stages, one type size each: Taro's H5 canvas applies a font size at once but queues the text, so each
 * size's text is drawn (and awaited) before the next size is set.
 */
async function draw(id: string, design: CardDesign): Promise<void> {
  const ctx = Taro.createCanvasContext(id, owner());
  const flush = (reserve: boolean) => new Promise<void>((resolve) => ctx.draw(reserve, () => resolve()));
  // The H5 canvas holds twice the pixels it shows, for a sharp picture on phone screens; WeChat scales by itself.
  if (!isWeapp()) ctx.scale(H5_SCALE, H5_SCALE);
  ctx.setTextAlign('center');
  ctx.setFillStyle(design.paper);
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.setStrokeStyle(design.accent);
  ctx.setLineWidth(6);
  ctx.strokeRect(10, 10, WIDTH - 20, HEIGHT - 20);
  ctx.setLineWidth(1);
  ctx.strokeRect(18, 18, WIDTH - 36, HEIGHT - 36);
  ctx.setFontSize(24);
  ctx.setFillStyle(design.accent);
  ctx.fillText(design.heading, WIDTH / 2, 66);
  await flush(false);
  ctx.setFontSize(28);
  ctx.setFillStyle('#1f2329');
  ctx.fillText(design.name, WIDTH / 2, 120);
  await flush(true);
  ctx.setFontSize(14);
  let y = 160;
  // Lines that would run into the footer are left out.
  const lastLineY = HEIGHT - 90;
  for (const text of design.lines) {
    for (const line of wrap(ctx, text, WIDTH - 64, 14)) {
      if (y > lastLineY) break;
      ctx.fillText(line, WIDTH / 2, y);
      y += 22;
    }
    y += 6;
  }
  await flush(true);
  ctx.setFontSize(12);
  ctx.setFillStyle('#6b7280');
  design.footer.forEach((line, index) => ctx.fillText(line, WIDTH / 2, HEIGHT - 56 + index * 18));
  await flush(true);
}

/** Saves (H5: downloads) or, on WeChat, opens the share-or-save menu for the drawn card. */
async function keep(id: string, fileName: string): Promise<boolean> {
  try {
    const { tempFilePath } = await Taro.canvasToTempFilePath({ canvasId: id, fileType: 'png' }, owner());
    if (isWeapp()) {
      await Taro.showShareImageMenu({ path: tempFilePath });
      return true;
    }
    const link = document.createElement('a');
    link.href = tempFilePath;
    link.download = fileName;
    link.click();
    return true;
  } catch {
    return false;
  }
}

export interface CardCanvasProps {
  id: string;
  design: CardDesign;
  /** The downloaded file's name on H5. */
  fileName: string;
}

export function CardCanvas({ id, design, fileName }: CardCanvasProps) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const words = [design.heading, design.name, ...design.lines, ...design.footer].join('，');
  useEffect(() => {
    // After the canvas is in the page: its context is looked up by id.
    const timer = setTimeout(() => {
      draw(id, design).catch(() => setFailed(true));
    }, 50);
    return () => clearTimeout(timer);
  }, [id, words, design]);

  return (
    <View className='card-canvas'>
      <View className='card-canvas__frame' role='img' aria-label={words}>
        <Canvas
          canvasId={id}
          id={id}
          className='card-canvas__canvas'
          style={{ width: `${WIDTH}px`, height: `${HEIGHT}px` }}
          {...(isWeapp() ? {} : { width: String(WIDTH * H5_SCALE), height: String(HEIGHT * H5_SCALE) })}
        />
      </View>
      {failed ? <Text className='form-error'>{t('card.drawFailed')}</Text> : null}
      <Button className='card-canvas__save' type='primary' block onClick={() => void keep(id, fileName).then((done) => setFailed(!done))}>
        {isWeapp() ? t('card.share') : t('card.save')}
      </Button>
    </View>
  );
}
