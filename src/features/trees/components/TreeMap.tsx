// The trees in view: Taro's Map with coloured markers on WeChat; on H5 the community plan with a dot per tree
// (and the green belts drawn as areas). A tap on a tree opens its page.
import { Map } from '@tarojs/components';
import type { CommunityMap } from '@/domain/reports/types';
import type { TreeMarker, TreesInView } from '@/domain/trees/types';
import { CommunityPlan, PlanArea, PlanDot } from '@/components/plan/CommunityPlan';
import { isWeapp } from '@/services/platform';
import { useTreeLabels } from '../labels';
import { useTreesT } from '../messages';

const ICONS = { free: '/features/trees/assets/free.png', adopted: '/features/trees/assets/adopted.png', attention: '/features/trees/assets/attention.png' };

export interface TreeMapProps {
  plan: CommunityMap;
  view: TreesInView;
  onOpen: (tree: TreeMarker) => void;
  /** WeChat: the visible region moved; the caller loads the trees in it. */
  onRegion?: (box: { minLat: number; maxLat: number; minLng: number; maxLng: number }) => void;
}

export function TreeMap({ plan, view, onOpen, onRegion }: TreeMapProps) {
  const t = useTreesT();
  const labels = useTreeLabels();
  const label = (tree: TreeMarker) =>
    `${labels.species(tree.species)} ${tree.code} · ${labels.status(tree.status)}${tree.heritage ? ` · ${t('map.heritage')}` : ''}`;

  if (isWeapp()) {
    const markers = view.trees.map((tree, index) => ({
      id: index,
      latitude: tree.lat,
      longitude: tree.lng,
      title: label(tree),
      width: 24,
      height: 24,
      iconPath: ICONS[tree.status],
    }));
    return (
      <Map
        id='tree-map'
        className='tree-map'
        latitude={plan.center.lat}
        longitude={plan.center.lng}
        scale={17}
        markers={markers}
        onError={() => undefined}
        onMarkerTap={(event) => {
          const tree = view.trees[Number((event.detail as { markerId?: number }).markerId)];
          if (tree) onOpen(tree);
        }}
        onRegionChange={(event) => {
          const detail = event.detail as { type?: string; region?: { northeast: { latitude: number; longitude: number }; southwest: { latitude: number; longitude: number } } };
          if (detail.type !== 'end' || !detail.region || !onRegion) return;
          const { northeast, southwest } = detail.region;
          onRegion({ minLat: southwest.latitude, maxLat: northeast.latitude, minLng: southwest.longitude, maxLng: northeast.longitude });
        }}
      />
    );
  }

  return (
    <CommunityPlan map={plan} label={t('map.plan')}>
      {(box) => (
        <>
          {view.belts.map((belt) => (
            <PlanArea key={belt.id} box={box} polygon={belt.polygon} className='is-belt' label={belt.name} />
          ))}
          {view.trees.map((tree) => (
            <PlanDot
              key={tree.id}
              box={box}
              point={tree}
              className={`tree-dot is-${tree.status} ${tree.heritage ? 'is-heritage' : ''}`}
              label={label(tree)}
              onTap={() => onOpen(tree)}
            />
          ))}
        </>
      )}
    </CommunityPlan>
  );
}
