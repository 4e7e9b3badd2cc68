// Hands an exported text file to the committee: H5 downloads it; on WeChat it is written to the app's own files
// and sent to a chat of their choosing (文件传输助手 reaches a computer), else copied as text.
import Taro from '@tarojs/taro';
import { isWeapp } from '@/services/platform';

export type Saved = 'downloaded' | 'sent' | 'copied';

function download(filename: string, text: string): Saved {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return 'downloaded';
}

async function sendInWeChat(filename: string, text: string): Promise<Saved> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${filename}`;
  try {
    Taro.getFileSystemManager().writeFileSync(filePath, text, 'utf8');
    await Taro.shareFileMessage({ filePath, fileName: filename });
    return 'sent';
  } catch {
    await Taro.setClipboardData({ data: text });
    return 'copied';
  }
}

export const saveTextFile = (filename: string, text: string): Promise<Saved> =>
  isWeapp() ? sendInWeChat(filename, text) : Promise.resolve(download(filename, text));
