// Reading the organiser's code on site: WeChat scans the QR (Taro.scanCode); H5 types the 6 digits. With a
// geofence the phone's position goes along, after privacy consent.
import Taro from '@tarojs/taro';
import type { LatLng } from '@/domain/geo';
import { isWeapp } from '@/services/platform';
import { currentPosition } from '@/features/reports/location';

export const canScan = isWeapp;

/** The scanned token, or null when the person cancelled. */
export async function scanToken(): Promise<string | null> {
  try {
    const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
    return res.result || null;
  } catch {
    return null;
  }
}

/** The position to send when the drive has a geofence; undefined when none is needed or it could not be had. */
export async function locationFor(radiusMeters: number | null): Promise<LatLng | undefined> {
  if (radiusMeters === null) return undefined;
  const located = await currentPosition();
  return located.ok ? located.point : undefined;
}
