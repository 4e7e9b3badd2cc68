// Handing the committee a file the server made (签到表): a download in the browser; on WeChat the file is written
// to the mini-program's own folder and opened, where the share menu sends it on.
import Taro from '@tarojs/taro';
import type { SheetFile } from '@/domain/drives/types';
import { isWeapp } from '@/services/platform';

export async function saveFile(file: SheetFile): Promise<void> {
  if (isWeapp()) {
    const filePath = `${(globalThis as unknown as { wx: { env: { USER_DATA_PATH: string } } }).wx.env.USER_DATA_PATH}/${file.filename}`;
    Taro.getFileSystemManager().writeFileSync(filePath, file.base64, 'base64');
    await Taro.openDocument({ filePath, fileType: file.filename.endsWith('.csv') ? ('csv' as never) : 'xlsx', showMenu: true });
    return;
  }
  const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
