// A community's layout: its grids and its responsibility zones, which every newly filed case is routed by. It
// changes rarely (setup draws the grids, a shop's 门前三包 signature draws a zone), so a warm instance keeps it and
// reads it again only when the community's layoutStamp has changed. Whoever writes a grid or a zone draws a new
// stamp in the same transaction (restampLayout); the community record, read fresh on every call, carries it, so
// a layout written on another instance is seen by the next call here. A community without a stamp is read every time.
import type { Community, Grid } from '../../src/domain/membership/types';
import type { Store } from '../ports';
import type { StoreTx } from '../ports/store';
import { randomHex } from './ids';
import type { ZoneDoc } from './zones';

export interface Layout {
  grids: Grid[];
  zones: ZoneDoc[];
}

/** A stamp no other layout, here or in another database, has had. */
export const newLayoutStamp = (): string => randomHex(8);

/** Inside the transaction that writes a grid or a zone of the community. */
export const restampLayout = (tx: StoreTx, communityId: string): Promise<boolean> =>
  tx.update('communities', communityId, { layoutStamp: newLayoutStamp() });

// Keyed by community and stamp; a handful of communities per instance, cleared if it ever holds more.
const LAYOUTS_KEPT = 200;
const kept = new Map<string, Promise<Layout>>();

export function layoutOf(store: Store, community: Pick<Community, 'id' | 'layoutStamp'>): Promise<Layout> {
  if (!community.layoutStamp) return readLayout(store, community.id);
  const key = `${community.id}\n${community.layoutStamp}`;
  let layout = kept.get(key);
  if (!layout) {
    if (kept.size >= LAYOUTS_KEPT) kept.clear();
    layout = readLayout(store, community.id);
    kept.set(key, layout);
    // A failed read is not kept: the next call tries again.
    layout.catch(() => kept.delete(key));
  }
  return layout;
}

async function readLayout(store: Store, communityId: string): Promise<Layout> {
  const [grids, zones] = await Promise.all([
    store.find<Grid>('grids', { communityId }, { orderBy: [['id', 'asc']] }),
    store.find<ZoneDoc>('zones', { communityId }),
  ]);
  return { grids, zones };
}
