// Where the problem is: GPS or the map picker on WeChat (after privacy consent), the browser's geolocation on H5.
import Taro from '@tarojs/taro';
import type { LatLng } from '@/domain/geo';
import { isWeapp } from '@/services/platform';
import { ensureConsent } from '@/services/privacy';
import { roundPoint } from '@/components/plan/planLayout';

export type Located = { ok: true; point: LatLng; name?: string } | { ok: false; reason: 'consent' | 'cancelled' | 'failed' };

const isCancel = (thrown: unknown): boolean => /cancel/i.test(String((thrown as { errMsg?: string } | null)?.errMsg ?? thrown));

export { roundPoint };

function browserPosition(): Promise<LatLng> {
  return new Promise((resolve, reject) => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      reject(new Error('geolocation unavailable'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({ lat: position.coords.latitude, lng: position.coords.longitude }),
      reject,
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 30_000 },
    );
  });
}

/** The device's current position. */
export async function currentPosition(): Promise<Located> {
  if (!(await ensureConsent('report'))) return { ok: false, reason: 'consent' };
  try {
    if (isWeapp()) {
      const res = await Taro.getLocation({ type: 'gcj02' });
      return { ok: true, point: roundPoint({ lat: res.latitude, lng: res.longitude }) };
    }
    return { ok: true, point: roundPoint(await browserPosition()) };
  } catch (thrown) {
    return { ok: false, reason: isCancel(thrown) ? 'cancelled' : 'failed' };
  }
}

/** WeChat's own map picker, centred near the given point; it also returns a place name for the address line. */
export async function pickOnMap(near?: LatLng): Promise<Located> {
  if (!(await ensureConsent('report'))) return { ok: false, reason: 'consent' };
  try {
    const res = await Taro.chooseLocation(near ? { latitude: near.lat, longitude: near.lng } : {});
    return { ok: true, point: roundPoint({ lat: res.latitude, lng: res.longitude }), name: res.name || res.address };
  } catch (thrown) {
    return { ok: false, reason: isCancel(thrown) ? 'cancelled' : 'failed' };
  }
}
