// Photos the client uploaded straight to WeChat cloud storage become usable once the cloud has vouched for them.
import { action } from '../catalogue';
import { RegisterFileInput } from './schemas';

export const fileActions = {
  'files.register': action<{ fileId: string }>()({ input: RegisterFileInput, roles: 'anyone' }),
} as const;
