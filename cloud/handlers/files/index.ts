// File handlers, one per action of src/domain/files/actions.ts.
import type { fileActions } from '../../../src/domain/files/actions';
import type { HandlerTable } from '..';
import { registerFile } from './registerFile';

export const fileHandlers: Pick<HandlerTable, keyof typeof fileActions> = {
  'files.register': registerFile,
};
