// Open cases of the same category near the chosen spot, looked up as soon as both are known.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LatLng } from '@/domain/geo';
import type { CategoryKey } from '@/domain/reports/categories';
import type { NearbyReport } from '@/domain/reports/types';
import { call } from '@/services/api';

const keyOf = (category: CategoryKey | null, point: LatLng | null) => (category && point ? `${category}@${point.lat},${point.lng}` : null);

export function useNearby(category: CategoryKey | null, point: LatLng | null) {
  const key = keyOf(category, point);
  const [found, setFound] = useState<{ key: string; items: NearbyReport[] } | null>(null);
  const cache = useRef(new Map<string, Promise<NearbyReport[]>>());

  const lookUp = useCallback((): Promise<NearbyReport[]> => {
    if (!key || !category || !point) return Promise.resolve([]);
    let pending = cache.current.get(key);
    if (!pending) {
      // A failed lookup does not block reporting: the server still accepts the report.
      pending = call('reports.nearby', { category, lat: point.lat, lng: point.lng }).then((envelope) => (envelope.ok ? envelope.data : []));
      cache.current.set(key, pending);
    }
    return pending.then((items) => {
      setFound((prev) => (prev?.key === key && prev.items === items ? prev : { key, items }));
      return items;
    });
  }, [key, category, point]);

  useEffect(() => {
    void lookUp();
  }, [lookUp]);

  const items = found && found.key === key ? found.items : [];
  /** After a +1 the card shows it, without asking the server again. */
  const markSupported = (id: string, supportCount: number) =>
    setFound((prev) => (prev ? { ...prev, items: prev.items.map((item) => (item.id === id ? { ...item, supportedByMe: true, supportCount } : item)) } : prev));
  return { key, items, lookUp, markSupported };
}
