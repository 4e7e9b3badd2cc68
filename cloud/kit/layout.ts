// A community's layout: where its grids lie and its responsibility zones, which every newly filed case is routed
// by and the community plan (reports.map) draws. It changes rarely (setup draws the grids, a shop's 门前三包
// signature draws a zone), so a warm instance keeps it and reads it again only when the community's layoutStamp
// has changed. Whoever writes a grid's outline or a zone draws a new stamp in the same transaction
// (restampLayout); the community record, read fresh on every call, carries it, so a layout written on another
// instance is seen by the next call here. A community without a stamp is read every time. Who works a grid is not
// part of the layout: it is read with the grid when a case is told.
import type { Community, Grid } from '../../src/domain/membership/types';
import type { Store } from '../ports';
import type { StoreTx } from '../ports/store';
import { randomHex } from './ids';
import type { ZoneDoc } from './zones';

/** A grid as routing sees it: its outline. */
export type GridOutline = Readonly<Pick<Grid, 'id' | 'name' | 'polygon'>>;

export interface Layout {
  readonly grids: readonly GridOutline[];
  readonly zones: readonly Readonly<ZoneDoc>[];
}

/** A stamp no other layout, here or in another database, has had. */
export const newLayoutStamp = (): string => randomHex(8);

/** Inside the transaction that writes a grid's outline or a zone of the community. */
export async function restampLayout(tx: StoreTx, communityId: string): Promise<void> {
  await tx.update('communities', communityId, { layoutStamp: newLayoutStamp() });
}

/** The community's grids, read now, in id order. */
export const gridsOf = (store: Store, communityId: string): Promise<Grid[]> =>
  store.find<Grid>('grids', { communityId }, { orderBy: [['id', 'asc']] });

// Keyed by community and stamp; a handful of communities per instance, cleared if it ever holds more.
const LAYOUTS_KEPT = 200;
const kept = new Map<string, Promise<Layout>>();

export function layoutOf(store: Store, community: Pick<Community, 'id' | 'layoutStamp'>): Promise<Layout> {
  if (!community.layoutStamp) return readLayout(store, community.id);
  const key = `${community.id}\n${community.layoutStamp}`;
  let layout = kept.get(key);
  if (!layout) {
    if (kept.size >= LAYOUTS_KEPT) kept.clear();
    const reading = readLayout(store, community.id);
    kept.set(key, reading);
    // A failed read is not kept: the next call tries again.
    reading.catch(() => kept.get(key) === reading && kept.delete(key));
    layout = reading;
  }
  return layout;
}

async function readLayout(store: Store, communityId: string): Promise<Layout> {
  const [grids, zones] = await Promise.all([gridsOf(store, communityId), store.find<ZoneDoc>('zones', { communityId })]);
  return Object.freeze({
    grids: Object.freeze(grids.map(({ id, name, polygon }) => Object.freeze({ id, name, polygon }))),
    zones: Object.freeze(zones.map((zone) => Object.freeze(zone))),
  });
}
