// Filing a case (随手拍) by a resident, or by a grid worker for a resident without a phone (代办); the filing
// itself (checks, routing, numbering, who is told) is fileReport's, shared with other features.
import type { ActionHandler } from '../context';
import { fileReport } from './file';

export const createReport: ActionHandler<'reports.create'> = async (input, ctx) => ({ id: (await fileReport(ctx, input)).id });

export const createOnBehalf: ActionHandler<'reports.createOnBehalf'> = async (input, ctx) => ({ id: (await fileReport(ctx, input)).id });
