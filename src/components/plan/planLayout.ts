// The community plan's geometry: a box around every grid, each grid's shape in it, and conversions to and from the screen.
import { distanceMeters, type LatLng } from '@/domain/geo';
import type { CommunityMap } from '@/domain/reports/types';

export interface PlanBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

const PAD = 0.15;
const FALLBACK_SPAN = 0.003;

export function planBox(map: CommunityMap): PlanBox {
  const points = [...map.grids.flatMap((grid) => grid.polygon), ...map.buildings.flatMap((building) => building.footprint)];
  const lngs = points.length ? points.map(([lng]) => lng) : [map.center.lng - FALLBACK_SPAN, map.center.lng + FALLBACK_SPAN];
  const lats = points.length ? points.map(([, lat]) => lat) : [map.center.lat - FALLBACK_SPAN, map.center.lat + FALLBACK_SPAN];
  const [minLng, maxLng, minLat, maxLat] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
  const padLng = (maxLng - minLng || FALLBACK_SPAN) * PAD;
  const padLat = (maxLat - minLat || FALLBACK_SPAN) * PAD;
  return { minLat: minLat - padLat, maxLat: maxLat + padLat, minLng: minLng - padLng, maxLng: maxLng + padLng };
}

/** Height / width of the plan, so a metre is as long across as up. */
export function planRatio(box: PlanBox): number {
  const midLat = ((box.minLat + box.maxLat) / 2) * (Math.PI / 180);
  const ratio = (box.maxLat - box.minLat) / ((box.maxLng - box.minLng) * Math.cos(midLat));
  return Math.min(1.2, Math.max(0.5, ratio));
}

/** Percent offsets (left, top) of a point inside the box. */
export function toPercent(box: PlanBox, point: LatLng): { left: number; top: number } {
  return {
    left: ((point.lng - box.minLng) / (box.maxLng - box.minLng)) * 100,
    top: ((box.maxLat - point.lat) / (box.maxLat - box.minLat)) * 100,
  };
}

/** The spot under a tap at fractions (0–1) of the plan's width and height. */
export function fromFraction(box: PlanBox, x: number, y: number): LatLng {
  return { lat: box.maxLat - y * (box.maxLat - box.minLat), lng: box.minLng + x * (box.maxLng - box.minLng) };
}

/**
 * A grid drawn in percent of the plan: its bounding rectangle, and a CSS clip-path that cuts the rectangle to
 * the grid's own boundary so an L-shaped or slanted grid shows as it is.
 */
export function gridShape(box: PlanBox, polygon: Array<[number, number]>) {
  const lngs = polygon.map(([lng]) => lng);
  const lats = polygon.map(([, lat]) => lat);
  const own: PlanBox = { minLat: Math.min(...lats), maxLat: Math.max(...lats), minLng: Math.min(...lngs), maxLng: Math.max(...lngs) };
  const topLeft = toPercent(box, { lat: own.maxLat, lng: own.minLng });
  const bottomRight = toPercent(box, { lat: own.minLat, lng: own.maxLng });
  // The clip path is in percent of the grid's own box: the same conversion, with that box as the frame.
  const corners = polygon.map(([lng, lat]) => toPercent(own, { lat, lng })).map(({ left, top }) => `${round(left)}% ${round(top)}%`);
  return {
    left: topLeft.left,
    top: topLeft.top,
    width: bottomRight.left - topLeft.left,
    height: bottomRight.top - topLeft.top,
    clipPath: `polygon(${corners.join(', ')})`,
  };
}

const round = (percent: number): number => Math.round(percent * 100) / 100;

/** Narrower than this (percent of the plan), a cut-off shape's name would not fit in what shows of it. */
const NAME_ROOM = 8;

/**
 * Where a shape's name goes: the middle of the part of it the plan shows, so a building the plan's edge cuts keeps
 * its name in view; null when none of it shows, or too little of a cut-off one for its name.
 */
export function nameSpot(shape: { left: number; top: number; width: number; height: number }): { left: number; top: number } | null {
  const [left, right] = [Math.max(0, shape.left), Math.min(100, shape.left + shape.width)];
  const [top, bottom] = [Math.max(0, shape.top), Math.min(100, shape.top + shape.height)];
  if (right <= left || bottom <= top) return null;
  const cut = left > shape.left || right < shape.left + shape.width;
  if (cut && right - left < NAME_ROOM) return null;
  return { left: (left + right) / 2, top: (top + bottom) / 2 };
}

/** Six decimals are ~10 cm: plenty for a street spot, and stable in tests and URLs. */
export const roundPoint = (point: LatLng): LatLng => ({ lat: Number(point.lat.toFixed(6)), lng: Number(point.lng.toFixed(6)) });

/** Whether a point lies inside the box (then it can be drawn on the plan). */
export const inBox = (box: PlanBox, point: LatLng): boolean =>
  point.lat >= box.minLat && point.lat <= box.maxLat && point.lng >= box.minLng && point.lng <= box.maxLng;

/** The middle of an outline (its corners' mean; a closing corner that repeats the first is counted once). */
export function centreOf(outline: Array<[number, number]>): LatLng {
  const [first] = outline;
  const last = outline[outline.length - 1];
  const corners = first && last && first[0] === last[0] && first[1] === last[1] ? outline.slice(0, -1) : outline;
  const sum = corners.reduce((acc, [lng, lat]) => ({ lat: acc.lat + lat, lng: acc.lng + lng }), { lat: 0, lng: 0 });
  return { lat: sum.lat / corners.length, lng: sum.lng / corners.length };
}

/** How far from a building a spot still reads as "beside it". */
export const NEAR_BUILDING_METERS = 80;

/** The building a spot is next to (the nearest within NEAR_BUILDING_METERS), for saying where it is in words. */
export function nearestBuilding(map: CommunityMap, point: LatLng): CommunityMap['buildings'][number] | null {
  let best: { building: CommunityMap['buildings'][number]; meters: number } | null = null;
  for (const building of map.buildings) {
    const meters = distanceMeters(point, centreOf(building.footprint));
    if (meters <= NEAR_BUILDING_METERS && (!best || meters < best.meters)) best = { building, meters };
  }
  return best?.building ?? null;
}
