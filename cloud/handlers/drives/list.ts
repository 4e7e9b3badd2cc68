// The drives list: upcoming first (soonest first, including ones under way), or past ones (latest first); by kind,
// and "still has places". Residents read the rows addressed to their community, grid or building; the committee
// reads every drive of the community.
import { PAGE_SIZE, type Page } from '../../../src/domain/common/page';
import { placeKeys } from '../../../src/domain/common/scope';
import type { Drive, DriveCard } from '../../../src/domain/drives/types';
import { pageBy } from '../../kit/paging';
import type { Filter } from '../../ports/store';
import type { ActionHandler } from '../context';
import { driveCards } from './views';

interface ListingRow {
  id: string;
  driveId: string;
  startsAt: number;
}

// Filtering for free places happens after the page is read; a few pages more at most fill it.
const MAX_PAGES = 5;

export const listDrives: ActionHandler<'drives.list'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const now = ctx.clock.now();
  const upcoming = input.when === 'upcoming';
  const order = { field: 'startsAt' as const, direction: upcoming ? ('asc' as const) : ('desc' as const) };
  const filter: Filter = { communityId: actor.communityId!, endsAt: upcoming ? { $gte: now } : { $lt: now } };
  if (input.kind) filter.kind = input.kind;

  let page: Page<Drive>;
  if (actor.role === 'committee') {
    if (input.hasPlaces) filter.placesLeft = { $gt: 0 };
    page = await pageBy<'startsAt', Drive>(store, 'drives', filter, input.before, order);
  } else {
    const items: Drive[] = [];
    let before = input.before;
    let nextBefore: string | null = null;
    for (let round = 0; round < MAX_PAGES && items.length < PAGE_SIZE; round += 1) {
      const rows = await pageBy<'startsAt', ListingRow>(store, 'driveListings', { ...filter, key: { $in: placeKeys(actor) } }, before, order, PAGE_SIZE - items.length);
      const drives = rows.items.length ? await store.find<Drive>('drives', { id: { $in: rows.items.map((row) => row.driveId) } }) : [];
      const byId = new Map(drives.map((drive) => [drive.id, drive]));
      for (const row of rows.items) {
        const drive = byId.get(row.driveId);
        if (drive && (!input.hasPlaces || drive.placesLeft > 0)) items.push(drive);
      }
      nextBefore = rows.nextBefore;
      if (!nextBefore) break;
      before = nextBefore;
    }
    page = { items, nextBefore };
  }
  const cards: DriveCard[] = await driveCards({ store, files: ctx.files, actor, now }, page.items);
  return { items: cards, nextBefore: page.nextBefore };
};
