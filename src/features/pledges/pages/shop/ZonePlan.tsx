// The plan for drawing a shop's zone: every tap adds a corner; the chosen shop's door, the corners so far, the
// zone they make, and signed shops' zones (grey) are drawn on top.
import { boundingBox } from '@/domain/geo';
import type { CommunityMap } from '@/domain/reports/types';
import type { ShopView } from '@/domain/pledges/types';
import { CommunityPlan, PlanArea, PlanDot } from '@/components/plan/CommunityPlan';
import { usePledgesT } from '../../messages';

type Corner = [number, number];

/** The plan zooms to this far around the chosen shop's door, so a frontage is big enough to tap. */
const FOCUS_METERS = 70;

export interface ZonePlanProps {
  plan: CommunityMap;
  shops: ShopView[];
  shop: ShopView | null;
  corners: Corner[];
  onCorner: (corner: Corner) => void;
}

export function ZonePlan({ plan, shops, shop, corners, onCorner }: ZonePlanProps) {
  const t = usePledgesT();
  return (
    <CommunityPlan map={plan} label={t('shop.zonePlan')} focus={shop ? boundingBox(shop, FOCUS_METERS) : undefined} onPick={(point) => onCorner([point.lng, point.lat])}>
      {(box) => (
        <>
          {shops
            .filter((other) => other.zone)
            .map((other) => (
              <PlanArea key={other.id} box={box} polygon={other.zone!} className='is-taken' label={t('shop.zoneOf', { name: other.name })} />
            ))}
          {shops
            .filter((other) => other.id !== shop?.id)
            .map((other) => (
              <PlanDot key={other.id} box={box} point={other} className='is-other-door' label={t('shop.door', { name: other.name })} />
            ))}
          {shop ? <PlanDot box={box} point={shop} className='is-door' label={t('shop.door', { name: shop.name })} /> : null}
          {corners.length >= 3 ? <PlanArea box={box} polygon={corners} className='is-drawing' /> : null}
          {corners.map(([lng, lat], index) => (
            <PlanDot key={`${lng}-${lat}-${index}`} box={box} point={{ lat, lng }} className='is-corner' label={t('shop.corner', { n: index + 1 })} />
          ))}
        </>
      )}
    </CommunityPlan>
  );
}
