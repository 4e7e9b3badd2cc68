// The species a committee picks from, each with how often an established tree wants water in each season
// (days between waterings). "No care for N days" reminders read N from here.
import { chinaDate } from '../common/days';

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export type Watering = Record<Season, number>;

export const SPECIES = [
  { key: 'camphor', zh: '香樟', en: 'Camphor tree', watering: { spring: 7, summer: 3, autumn: 7, winter: 15 } },
  { key: 'ginkgo', zh: '银杏', en: 'Ginkgo', watering: { spring: 7, summer: 4, autumn: 10, winter: 20 } },
  { key: 'osmanthus', zh: '桂花', en: 'Sweet osmanthus', watering: { spring: 5, summer: 3, autumn: 7, winter: 14 } },
  { key: 'banyan', zh: '小叶榕', en: 'Chinese banyan', watering: { spring: 5, summer: 2, autumn: 5, winter: 10 } },
  { key: 'plane', zh: '法国梧桐', en: 'London plane', watering: { spring: 7, summer: 3, autumn: 7, winter: 20 } },
  { key: 'magnolia', zh: '广玉兰', en: 'Southern magnolia', watering: { spring: 7, summer: 4, autumn: 7, winter: 15 } },
  { key: 'crape_myrtle', zh: '紫薇', en: 'Crape myrtle', watering: { spring: 7, summer: 3, autumn: 7, winter: 20 } },
  { key: 'cherry', zh: '樱花', en: 'Cherry', watering: { spring: 5, summer: 3, autumn: 7, winter: 15 } },
  { key: 'goldenrain', zh: '栾树', en: 'Goldenrain tree', watering: { spring: 7, summer: 4, autumn: 10, winter: 20 } },
  { key: 'other', zh: '其他', en: 'Other', watering: { spring: 7, summer: 4, autumn: 7, winter: 15 } },
] as const satisfies ReadonlyArray<{ key: string; zh: string; en: string; watering: Watering }>;

export type SpeciesKey = (typeof SPECIES)[number]['key'];
export const SPECIES_KEYS = SPECIES.map((species) => species.key) as [SpeciesKey, ...SpeciesKey[]];

export const speciesOf = (key: SpeciesKey) => SPECIES.find((species) => species.key === key) ?? SPECIES[SPECIES.length - 1]!;

/** A species named the way a committee's sheet names it: its Chinese or English name, or its key. */
export function speciesNamed(name: string): SpeciesKey | null {
  const wanted = name.trim().toLowerCase();
  const found = SPECIES.find((species) => species.key === wanted || species.zh === name.trim() || species.en.toLowerCase() === wanted);
  return found?.key ?? null;
}

/** Seasons as the Sichuan basin has them: spring March–May, summer June–August, autumn September–November. */
export function seasonOf(at: number): Season {
  const { month } = chinaDate(at);
  if (month >= 3 && month <= 5) return 'spring';
  if (month >= 6 && month <= 8) return 'summer';
  if (month >= 9 && month <= 11) return 'autumn';
  return 'winter';
}

/** Days an adopted tree of this species may go without care at this time of year. */
export const careIntervalDays = (key: SpeciesKey, at: number): number => speciesOf(key).watering[seasonOf(at)];
