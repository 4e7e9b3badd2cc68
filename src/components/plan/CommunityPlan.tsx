// The community drawn to scale in its own shapes (each grid clipped to its boundary, its buildings named on top), for H5 where there is no map,
// and for drawing on it anywhere: a tap reports its coordinates, and features lay their dots and areas on top.
import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { LatLng } from '@/domain/geo';
import type { CommunityMap } from '@/domain/reports/types';
import { isWeapp } from '@/services/platform';
import { fromFraction, gridShape, inBox, nameSpot, planBox, planRatio, roundPoint, toPercent, type PlanBox } from './planLayout';
import './CommunityPlan.scss';

export interface CommunityPlanProps {
  map: CommunityMap;
  /** What the plan is for, read out by screen readers. */
  label: string;
  /** A picked spot, drawn as a pin. */
  point?: LatLng | null;
  activeGridId?: string | null;
  /** Taps anywhere on the plan; without it the plan is a picture with tappable dots. */
  onPick?: (point: LatLng) => void;
  /** Draws only this part of the community, larger (e.g. the pavement before one shop). */
  focus?: PlanBox;
  /** Dots and areas drawn over the grids (PlanDot, PlanArea), placed by the plan's box. */
  children?: (box: PlanBox) => ReactNode;
}

interface TapLike {
  clientX?: number;
  clientY?: number;
  detail?: { x?: number; y?: number };
  currentTarget?: { id?: string; getBoundingClientRect?: () => { left: number; top: number; width: number; height: number } };
}

type Rect = { left: number; top: number; width: number; height: number };

const PLAN_ID = 'community-plan';

/** Where the tap landed, as fractions of the plan; on WeChat the plan's box is asked of the page. */
async function tapFraction(event: TapLike): Promise<{ x: number; y: number } | null> {
  const x = event.clientX ?? event.detail?.x;
  const y = event.clientY ?? event.detail?.y;
  if (x === undefined || y === undefined) return null;
  const rect: Rect | null = isWeapp()
    ? await new Promise((resolve) => Taro.createSelectorQuery().select(`#${PLAN_ID}`).boundingClientRect((found) => resolve((found as Rect | null) ?? null)).exec())
    : event.currentTarget?.getBoundingClientRect?.() ?? null;
  if (!rect || rect.width <= 0 || rect.height <= 0) return null;
  return { x: Math.min(1, Math.max(0, (x - rect.left) / rect.width)), y: Math.min(1, Math.max(0, (y - rect.top) / rect.height)) };
}

export function CommunityPlan({ map, label, point, activeGridId, onPick, focus, children }: CommunityPlanProps) {
  const box = focus ?? planBox(map);
  const tap = async (event: TapLike) => {
    if (!onPick) return;
    const at = await tapFraction(event);
    if (at) onPick(roundPoint(fromFraction(box, at.x, at.y)));
  };

  const pin = point && inBox(box, point) ? toPercent(box, point) : null;
  const buildings = map.buildings.map((building) => ({ building, shape: gridShape(box, building.footprint) }));
  return (
    <View
      id={PLAN_ID}
      className='plan'
      // A picture to tap with a finger (pages offer words or GPS beside it); without picking, a group of tappable dots.
      role={onPick ? 'img' : 'group'}
      aria-label={label}
      style={{ paddingBottom: `${planRatio(box) * 100}%` }}
      onClick={(event) => void tap(event as unknown as TapLike)}
    >
      {map.grids.map((grid) => {
        const shape = gridShape(box, grid.polygon);
        return (
          <View
            key={grid.id}
            className={`plan__grid ${grid.id === activeGridId ? 'is-active' : ''}`}
            aria-hidden='true'
            style={{ left: `${shape.left}%`, top: `${shape.top}%`, width: `${shape.width}%`, height: `${shape.height}%`, clipPath: shape.clipPath }}
          >
            <Text className='plan__grid-name'>{grid.name}</Text>
          </View>
        );
      })}
      {buildings.map(({ building, shape }) => (
        <View
          key={building.id}
          className='plan__building'
          aria-hidden='true'
          style={{ left: `${shape.left}%`, top: `${shape.top}%`, width: `${shape.width}%`, height: `${shape.height}%`, clipPath: shape.clipPath }}
        />
      ))}
      {buildings.map(({ building, shape }) => {
        const spot = nameSpot(shape);
        return spot ? (
          <Text key={building.id} className='plan__building-name' aria-hidden='true' style={{ left: `${spot.left}%`, top: `${spot.top}%` }}>
            {building.name}
          </Text>
        ) : null;
      })}
      {children?.(box)}
      {pin ? <View className='plan__pin' style={{ left: `${pin.left}%`, top: `${pin.top}%` }} /> : null}
    </View>
  );
}

export interface PlanDotProps {
  box: PlanBox;
  point: LatLng;
  /** e.g. 'is-free', 'is-adopted' — the feature's own colours. */
  className?: string;
  /** Read out, and shown on hover: what the dot is. */
  label: string;
  onTap?: () => void;
}

/** A spot on the plan (a tree, a corner); a tap on it does not also pick the spot beneath. */
export function PlanDot({ box, point, className, label, onTap }: PlanDotProps) {
  if (!inBox(box, point)) return null;
  const at = toPercent(box, point);
  return (
    <View
      className={`plan__dot ${className ?? ''}`}
      style={{ left: `${at.left}%`, top: `${at.top}%` }}
      role={onTap ? 'button' : 'img'}
      aria-label={label}
      onClick={(event) => {
        if (!onTap) return;
        event.stopPropagation();
        onTap();
      }}
    />
  );
}

/** An area on the plan (a green belt, a shop's zone), clipped to its own shape; `caption` is written inside it. */
export function PlanArea({ box, polygon, className, label, caption }: { box: PlanBox; polygon: Array<[number, number]>; className?: string; label?: string; caption?: string }) {
  if (polygon.length < 3) return null;
  const shape = gridShape(box, polygon);
  return (
    <View
      className={`plan__area ${className ?? ''}`}
      role={label ? 'img' : undefined}
      aria-label={label}
      style={{ left: `${shape.left}%`, top: `${shape.top}%`, width: `${shape.width}%`, height: `${shape.height}%`, clipPath: shape.clipPath }}
    >
      {caption ? <Text className='plan__area-name'>{caption}</Text> : null}
    </View>
  );
}
