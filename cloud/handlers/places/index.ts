import type { placeActions } from '../../../src/domain/places/actions';
import type { HandlerTable } from '..';
import { placeTree } from './placeTree';

export const placeHandlers: Pick<HandlerTable, keyof typeof placeActions> = { 'places.tree': placeTree };
