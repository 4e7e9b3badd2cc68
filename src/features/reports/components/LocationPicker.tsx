// The problem's spot: GPS or WeChat's map picker; on H5 the browser's position or a tap on the community plan.
// Shows which grid the spot falls in, so the resident knows who will handle it.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { LatLng } from '@/domain/geo';
import { routeToGrid } from '@/domain/reports/rules';
import { Button } from '@/components/nutui';
import { useCall } from '@/components/useAsync';
import { isWeapp } from '@/services/platform';
import { currentPosition, pickOnMap, type Located } from '../location';
import { useReportsT } from '../messages';
import { CommunityPlan } from '@/components/plan/CommunityPlan';
import { nearestBuilding } from '@/components/plan/planLayout';

export interface LocationPickerProps {
  point: LatLng | null;
  /** `name` is the place name WeChat's picker offers for the address line. */
  onPick: (point: LatLng, name?: string) => void;
}

export function LocationPicker({ point, onPick }: LocationPickerProps) {
  const t = useReportsT();
  const map = useCall('reports.map');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const take = async (locate: () => Promise<Located>) => {
    setBusy(true);
    setProblem(null);
    const located = await locate();
    setBusy(false);
    if (located.ok) onPick(located.point, located.name ?? nearOf(located.point));
    else if (located.reason === 'consent') setProblem(t('new.consentNeeded'));
    else if (located.reason === 'failed') setProblem(t('new.locateFailed'));
  };

  const loaded = map.state.status === 'ready' ? map.state.data : null;
  const gridId = point && loaded ? routeToGrid(point, loaded.grids) : null;
  const gridName = loaded?.grids.find((grid) => grid.id === gridId)?.name;
  // The spot in words, as a neighbour would say it: beside which building.
  const nearOf = (spot: LatLng): string | undefined => {
    const building = loaded ? nearestBuilding(loaded, spot) : null;
    return building ? t('new.near', { building: building.name }) : undefined;
  };
  const near = point ? nearOf(point) : undefined;

  return (
    <View className='location-picker'>
      <View className='location-picker__buttons'>
        <Button className='grow' type='primary' fill='outline' loading={busy} onClick={() => take(currentPosition)}>
          {busy ? t('new.locating') : t('new.useCurrent')}
        </Button>
        {isWeapp() ? (
          <Button className='grow' type='primary' fill='outline' onClick={() => take(() => pickOnMap(point ?? loaded?.center))}>
            {t('new.pickOnMap')}
          </Button>
        ) : null}
      </View>
      {problem ? <Text className='form-error'>{problem}</Text> : null}
      {!isWeapp() && loaded ? (
        <View>
          <Text className='muted location-picker__hint'>{t('new.planHint')}</Text>
          <CommunityPlan map={loaded} label={t('new.plan')} point={point} activeGridId={gridId} onPick={(picked) => onPick(picked, nearOf(picked))} />
        </View>
      ) : null}
      {point ? (
        <View className='location-picker__picked' role='status'>
          <Text className='body-text'>{near ? [near, gridName].filter(Boolean).join(' · ') : gridName ? t('new.inGrid', { grid: gridName }) : t('new.pickedSpot')}</Text>
          {loaded && !gridName ? <Text className='muted'>{t('new.noGrid')}</Text> : null}
        </View>
      ) : null}
    </View>
  );
}
