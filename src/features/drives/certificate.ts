// 志愿服务证明 drawn on a 2d canvas from the server's data: a framed sheet with the title, the volunteer's name,
// the period, hours and person-times, the issuing community and its round seal. Pure drawing: the page finds the
// canvas, this paints it.
import type { Certificate } from '@/domain/drives/types';

export const CERT_WIDTH = 600;
export const CERT_HEIGHT = 820;

export interface CertificateWords {
  title: string;
  body: string[];
  issuer: string;
  date: string;
  serial: string;
}

type Ctx = Pick<
  CanvasRenderingContext2D,
  'fillStyle' | 'strokeStyle' | 'lineWidth' | 'font' | 'textAlign' | 'textBaseline' | 'fillRect' | 'strokeRect' | 'fillText' | 'beginPath' | 'arc' | 'stroke' | 'save' | 'restore' | 'translate' | 'rotate' | 'moveTo' | 'lineTo' | 'closePath' | 'fill' | 'measureText'
>;

const RED = '#c8281e';
const INK = '#1f2329';
const FONT = "'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

const CLOSING = /^[，。、；：！？）」』,.;:!?)]$/;

/** Breaks text into lines that fit `width` (Chinese wraps anywhere; words stay whole in English). */
function wrap(ctx: Ctx, text: string, width: number): string[] {
  const units = /[\u4e00-\u9fff]/.test(text) ? Array.from(text) : text.split(/(?<= )/);
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    // Closing punctuation never starts a line (避头): it stays with the line before, a little past the margin.
    if (line && ctx.measureText(line + unit).width > width && !CLOSING.test(unit)) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
    } else line += unit;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

function star(ctx: Ctx, cx: number, cy: number, r: number): void {
  ctx.beginPath();
  for (let i = 0; i < 10; i += 1) {
    const radius = i % 2 === 0 ? r : r * 0.4;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const x = cx + radius * Math.cos(angle);
    const y = cy + radius * Math.sin(angle);
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.closePath();
  ctx.fill();
}

/** The community's round seal: double ring, star, its name around the top. */
function seal(ctx: Ctx, text: string, cx: number, cy: number): void {
  ctx.strokeStyle = RED;
  ctx.fillStyle = RED;
  ctx.lineWidth = 5;
  ctx.beginPath();
  ctx.arc(cx, cy, 78, 0, Math.PI * 2);
  ctx.stroke();
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.arc(cx, cy, 70, 0, Math.PI * 2);
  ctx.stroke();
  star(ctx, cx, cy, 22);
  const chars = Array.from(text);
  const spread = Math.min(Math.PI * 1.45, chars.length * 0.42);
  ctx.font = `bold 15px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  chars.forEach((char, index) => {
    const angle = -Math.PI / 2 - spread / 2 + (spread * (index + 0.5)) / chars.length;
    ctx.save();
    ctx.translate(cx + 57 * Math.cos(angle), cy + 57 * Math.sin(angle));
    ctx.rotate(angle + Math.PI / 2);
    ctx.fillText(char, 0, 0);
    ctx.restore();
  });
}

export function drawCertificate(ctx: Ctx, data: Certificate, words: CertificateWords): void {
  ctx.fillStyle = '#fffdf7';
  ctx.fillRect(0, 0, CERT_WIDTH, CERT_HEIGHT);
  ctx.strokeStyle = RED;
  ctx.lineWidth = 6;
  ctx.strokeRect(20, 20, CERT_WIDTH - 40, CERT_HEIGHT - 40);
  ctx.lineWidth = 1.5;
  ctx.strokeRect(32, 32, CERT_WIDTH - 64, CERT_HEIGHT - 64);

  ctx.fillStyle = RED;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  // The title fits between the frames in any language.
  let size = 46;
  do {
    ctx.font = `bold ${size}px ${FONT}`;
    size -= 2;
  } while (size > 24 && ctx.measureText(words.title).width > CERT_WIDTH - 120);
  ctx.fillText(words.title, CERT_WIDTH / 2, 130);

  ctx.fillStyle = INK;
  ctx.textAlign = 'left';
  ctx.font = `26px ${FONT}`;
  let y = 220;
  for (const paragraph of words.body) {
    for (const line of wrap(ctx, paragraph, CERT_WIDTH - 150)) {
      ctx.fillText(line, 75, y);
      y += 44;
    }
    y += 14;
  }

  ctx.textAlign = 'right';
  ctx.font = `24px ${FONT}`;
  ctx.fillText(words.issuer, CERT_WIDTH - 75, 640);
  ctx.fillText(words.date, CERT_WIDTH - 75, 680);
  seal(ctx, data.sealText, CERT_WIDTH - 170, 640);

  ctx.fillStyle = '#6b7280';
  ctx.textAlign = 'center';
  ctx.font = `18px ${FONT}`;
  ctx.fillText(words.serial, CERT_WIDTH / 2, CERT_HEIGHT - 60);
}
