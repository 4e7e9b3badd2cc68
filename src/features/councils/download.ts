// Saving the tally file a committee downloads: on H5 as a browser download, on WeChat as a file the committee can
// forward in a chat (to the street office, or anyone who recounts it with `npm run tally`).
import Taro from '@tarojs/taro';
import { isWeapp } from '@/services/platform';

export async function saveJsonFile(name: string, value: unknown): Promise<void> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (isWeapp()) {
    const path = `${(Taro as unknown as { env: { USER_DATA_PATH: string } }).env.USER_DATA_PATH}/${name}`;
    Taro.getFileSystemManager().writeFileSync(path, text, 'utf8');
    const share = (Taro as unknown as { shareFileMessage?: (options: { filePath: string; fileName: string }) => Promise<unknown> }).shareFileMessage;
    if (share) await share({ filePath: path, fileName: name }).catch(() => undefined);
    return;
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
