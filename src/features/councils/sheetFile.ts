// Picking the committee's register sheet: on WeChat from a chat (chooseMessageFile), on H5 from the device; read
// as CSV text or as the .xlsx file in base64, as register.import takes it.
import Taro from '@tarojs/taro';
import { isWeapp } from '@/services/platform';

export interface PickedSheet {
  format: 'csv' | 'xlsx';
  content: string;
}

const formatOf = (name: string): 'csv' | 'xlsx' | null => (/\.csv$/i.test(name) ? 'csv' : /\.xlsx$/i.test(name) ? 'xlsx' : null);

async function fromWechat(): Promise<PickedSheet | null> {
  const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv', 'xlsx'] }).catch(() => null);
  const file = picked?.tempFiles[0];
  const format = file ? formatOf(file.name) : null;
  if (!file || !format) return null;
  const content = Taro.getFileSystemManager().readFileSync(file.path, format === 'csv' ? 'utf8' : 'base64') as string;
  return { format, content };
}

function fromBrowser(): Promise<PickedSheet | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.csv,.xlsx';
    input.onchange = () => {
      const file = input.files?.[0];
      const format = file ? formatOf(file.name) : null;
      if (!file || !format) return resolve(null);
      const reader = new FileReader();
      reader.onload = () => {
        const result = String(reader.result ?? '');
        resolve({ format, content: format === 'csv' ? result : result.slice(result.indexOf(',') + 1) });
      };
      reader.onerror = () => resolve(null);
      if (format === 'csv') reader.readAsText(file, 'utf-8');
      else reader.readAsDataURL(file);
    };
    input.click();
  });
}

export const pickSheet = (): Promise<PickedSheet | null> => (isWeapp() ? fromWechat() : fromBrowser());
