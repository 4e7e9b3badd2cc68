// H5 fallback for picking a spot: the community's grids drawn to scale in their own shapes, its buildings with
// their names on top; a tap anywhere records the spot.
import { Text, View } from '@tarojs/components';
import type { LatLng } from '@/domain/geo';
import type { CommunityMap } from '@/domain/reports/types';
import { roundPoint } from '../location';
import { useReportsT } from '../messages';
import { fromFraction, gridShape, planBox, planRatio, toPercent } from './planLayout';

export interface CommunityPlanProps {
  map: CommunityMap;
  point: LatLng | null;
  activeGridId: string | null;
  onPick: (point: LatLng) => void;
}

interface TapLike {
  clientX?: number;
  clientY?: number;
  currentTarget?: { getBoundingClientRect?: () => { left: number; top: number; width: number; height: number } };
}

export function CommunityPlan({ map, point, activeGridId, onPick }: CommunityPlanProps) {
  const t = useReportsT();
  const box = planBox(map);

  const tap = (event: TapLike) => {
    const rect = event.currentTarget?.getBoundingClientRect?.();
    if (!rect || rect.width <= 0 || rect.height <= 0 || event.clientX === undefined || event.clientY === undefined) return;
    const x = Math.min(1, Math.max(0, (event.clientX - rect.left) / rect.width));
    const y = Math.min(1, Math.max(0, (event.clientY - rect.top) / rect.height));
    onPick(roundPoint(fromFraction(box, x, y)));
  };

  const pin = point ? toPercent(box, point) : null;
  return (
    <View
      className='plan'
      // A picture to tap with a finger; keyboards and screen readers have 使用当前位置 and 位置说明 instead.
      role='img'
      aria-label={t('new.plan')}
      style={{ paddingBottom: `${planRatio(box) * 100}%` }}
      onClick={(event) => tap(event as unknown as TapLike)}
    >
      {map.grids.map((grid) => {
        const shape = gridShape(box, grid.polygon);
        return (
          <View
            key={grid.id}
            className={`plan__grid ${grid.id === activeGridId ? 'is-active' : ''}`}
            aria-hidden='true'
            style={{
              left: `${shape.left}%`,
              top: `${shape.top}%`,
              width: `${shape.width}%`,
              height: `${shape.height}%`,
              clipPath: shape.clipPath,
            }}
          >
            <Text className='plan__grid-name'>{grid.name}</Text>
          </View>
        );
      })}
      {map.buildings.map((building) => {
        const shape = gridShape(box, building.footprint);
        return (
          <View
            key={building.id}
            className='plan__building'
            aria-hidden='true'
            style={{ left: `${shape.left}%`, top: `${shape.top}%`, width: `${shape.width}%`, height: `${shape.height}%`, clipPath: shape.clipPath }}
          >
            <Text className='plan__building-name'>{building.name}</Text>
          </View>
        );
      })}
      {pin && pin.left >= 0 && pin.left <= 100 && pin.top >= 0 && pin.top <= 100 ? (
        <View className='plan__pin' style={{ left: `${pin.left}%`, top: `${pin.top}%` }} />
      ) : null}
    </View>
  );
}
