// The check-in QR as a picture: qrcode-generator encodes the token and draws it as a GIF data URL, which an
// <Image> shows the same way in WeChat and in the browser (no canvas needed).
import qrcode from 'qrcode-generator';

export function qrDataUrl(text: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  // 8 px a module with a 4-module quiet zone: crisp when the image is scaled down to the card.
  return qr.createDataURL(8, 32);
}
