// The committee imports its tree register from a sheet (CSV, as Excel saves it). Rows are checked first and
// nothing is written while any line has a problem; then new numbers are registered and known ones updated, so
// importing the same sheet again changes nothing. A known tree keeps its condition (that changes through care).
import { parse } from 'csv-parse/sync';
import { newTree, treeIdFor } from '../../../src/domain/trees/newTree';
import { MAX_SHEET_ROWS, readTreeSheet, type TreeDraft } from '../../../src/domain/trees/sheet';
import type { Tree } from '../../../src/domain/trees/types';
import type { ActionHandler } from '../context';
import { ActionError, invalidField } from '../errors';
import { placerFor } from './placement';

const BATCH = 100;

function rowsOf(csv: string): string[][] {
  try {
    return parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch {
    throw invalidField('csv', 'tree.sheetUnreadable');
  }
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

export const importTrees: ActionHandler<'trees.import'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const communityId = actor.communityId ?? '';
  const reading = readTreeSheet(rowsOf(input.csv));
  if (reading.kind === 'missing_column') throw new ActionError('INVALID_INPUT', 'tree.sheetHeader', { params: { column: reading.column }, fields: { csv: 'tree.sheetHeader' } });
  if (reading.kind === 'too_many_rows') throw new ActionError('INVALID_INPUT', 'tree.sheetTooManyRows', { params: { max: MAX_SHEET_ROWS }, fields: { csv: 'tree.sheetTooManyRows' } });
  if (reading.problems.length) return { created: 0, updated: 0, problems: reading.problems };

  const now = ctx.clock.now();
  const placer = await placerFor(store, communityId);
  let created = 0;
  let updated = 0;
  for (const batch of chunks<TreeDraft>(reading.drafts, BATCH)) {
    const known = new Map(
      (await store.find<Tree>('trees', { id: { $in: batch.map((draft) => treeIdFor(communityId, draft.code)) } })).map((tree) => [tree.code, tree]),
    );
    await store.transaction(async (tx) => {
      for (const { line: _line, condition, ...draft } of batch) {
        const placed = placer.place(draft);
        const existing = known.get(draft.code);
        if (existing) await tx.update('trees', existing.id, { ...draft, ...placed, updatedAt: now });
        else await tx.insert('trees', newTree({ ...draft, ...placed, condition, communityId, photos: [], now }));
      }
    });
    updated += known.size;
    created += batch.length - known.size;
  }
  return { created, updated, problems: [] };
};
