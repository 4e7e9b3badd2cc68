// Exclusive areas (专有部分面积) are registered in m² with two decimals and counted as integer hundredths of a m²,
// so sums and the statutory comparisons stay exact.
const TWO_DECIMALS = /^(\d{1,9})(?:\.(\d{1,2}))?$/;

/** "89.5" or 89.5 → 8950; null when it is not a positive area with at most two decimals. */
export function parseArea(value: string | number): number | null {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value.trim();
  const match = TWO_DECIMALS.exec(text);
  if (!match) return null;
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return hundredths > 0 ? hundredths : null;
}

/** 8950 → "89.50". */
export const formatArea = (hundredths: number): string => `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;

/** 8950 → 89.5: the figure as a JSON number in m², as the tally file writes areas. */
export const areaNumber = (hundredths: number): number => Number(formatArea(hundredths));
