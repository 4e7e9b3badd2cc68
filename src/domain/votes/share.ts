// Shares of a whole as the statutes write them, compared exactly in integers: "以上" includes the number itself,
// "过半数" is strictly more than half (民法典 art. 1259). Never a float: 2/3 of 9 is 6, not 5.999….
export type Fraction = readonly [numerator: number, denominator: number];

/** `atLeast` = 以上 (≥), `moreThan` = 超过 / 过半数 (>). */
export type Share = { atLeast: Fraction } | { moreThan: Fraction };

export const MORE_THAN_HALF: Share = { moreThan: [1, 2] };
export const TWO_THIRDS: Share = { atLeast: [2, 3] };
export const THREE_QUARTERS: Share = { atLeast: [3, 4] };
export const ANY_SHARE: Share = { atLeast: [0, 1] };

function safe(value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`share arithmetic left the safe integers: ${value}`);
  return value;
}

/** Whether `part` of `whole` reaches the share: part/whole ≥ n/d as part·d ≥ whole·n (or > for moreThan). */
export function reaches(part: number, whole: number, share: Share): boolean {
  const [n, d] = 'atLeast' in share ? share.atLeast : share.moreThan;
  const left = safe(part * d);
  const right = safe(whole * n);
  return 'atLeast' in share ? left >= right : left > right;
}

export const fractionOf = (share: Share): Fraction => ('atLeast' in share ? share.atLeast : share.moreThan);

/** "at least 2/3", "more than 1/2": how a share reads in the tally's figures. */
export function describeShare(share: Share): string {
  const [n, d] = fractionOf(share);
  return `${'atLeast' in share ? 'at least' : 'more than'} ${n}/${d}`;
}

/** A percentage with two decimals, for display only (the outcome never reads it). */
export function percent(part: number, whole: number): number {
  if (whole === 0) return 0;
  return Math.round((part * 10000) / whole) / 100;
}
