// Responsibility zones (划片包干 / 门前三包): a stretch of ground with the people answerable for it. Features that
// assign ground write zones (a shop's 门前三包 signature); whoever needs to know "who else answers for this spot?"
// (a newly filed 随手拍 case) asks here, of the community's layout, without knowing which feature drew them.
import { pointInPolygon, type LatLng, type Ring } from '../../src/domain/geo';
import type { Store } from '../ports';
import type { StoreTx } from '../ports/store';
import { restampLayout } from './layout';

export interface ZoneDoc {
  id: string;
  communityId: string;
  /** Who answers for the ground, e.g. the account that signed for a shop. */
  ownerIds: string[];
  /** How notices name the zone, e.g. the shop's name. */
  label: string;
  polygon: Ring;
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
  /** The record that drew it, e.g. `pledgeSignatures/<id>`. */
  source: string;
  createdAt: number;
}

export interface ResponsibleParty {
  zoneId: string;
  label: string;
  ownerIds: string[];
}

/** Inside the transaction that assigns the ground: the zone lands or moves with it, and the layout is restamped. */
export async function putZone(tx: StoreTx, zone: Omit<ZoneDoc, 'minLat' | 'maxLat' | 'minLng' | 'maxLng'>): Promise<void> {
  const lats = zone.polygon.map(([, lat]) => lat);
  const lngs = zone.polygon.map(([lng]) => lng);
  const doc: ZoneDoc = { ...zone, minLat: Math.min(...lats), maxLat: Math.max(...lats), minLng: Math.min(...lngs), maxLng: Math.max(...lngs) };
  if (await tx.get('zones', zone.id)) await tx.remove('zones', zone.id);
  await tx.insert('zones', doc);
  await restampLayout(tx, zone.communityId);
}

/** Inside the transaction that gives the ground back; the zone's community is restamped. */
export async function removeZone(tx: StoreTx, zoneId: string): Promise<boolean> {
  const zone = await tx.get<ZoneDoc>('zones', zoneId);
  if (!zone || !(await tx.remove('zones', zoneId))) return false;
  await restampLayout(tx, zone.communityId);
  return true;
}

/** Everyone answerable for the spot, zone by zone, among the community's zones (its layout's). */
export function responsibleFor(zones: ReadonlyArray<Readonly<ZoneDoc>>, point: LatLng): ResponsibleParty[] {
  return zones
    .filter((zone) => zone.minLat <= point.lat && point.lat <= zone.maxLat && zone.minLng <= point.lng && point.lng <= zone.maxLng)
    .filter((zone) => pointInPolygon(point, zone.polygon))
    .map((zone) => ({ zoneId: zone.id, label: zone.label, ownerIds: [...zone.ownerIds] }));
}

/** The zones drawn by some records (e.g. to show shops' zones on the plan). */
export const zonesById = (store: Store, ids: readonly string[]): Promise<ZoneDoc[]> =>
  ids.length ? store.find<ZoneDoc>('zones', { id: { $in: [...ids] } }) : Promise.resolve([]);
