// Drawing realistic names: an origin per household, given names of the person's generation.
import {
  OTHER_ORIGINS,
  SWEDISH,
  SWEDISH_WEIGHT,
  type Generation,
  type NamePool,
} from './data/names.ts';
import type { Sex } from './identity.ts';
import type { Draw } from './random.ts';

/** Where a household's names come from; `null` is Swedish. */
export type Origin = (typeof OTHER_ORIGINS)[number] | null;

export function drawOrigin(draw: Draw): Origin {
  const total = SWEDISH_WEIGHT + OTHER_ORIGINS.reduce((sum, origin) => sum + origin.weight, 0);
  let ticket = draw.int(1, total) - SWEDISH_WEIGHT;
  if (ticket <= 0) return null;
  for (const origin of OTHER_ORIGINS) {
    ticket -= origin.weight;
    if (ticket <= 0) return origin;
  }
  return null;
}

export function generationOf(age: number): Generation {
  if (age >= 66) return 'born-before-1960';
  if (age >= 26) return 'born-1960-1999';
  return 'born-2000-on';
}

/** A family name of the origin's pool (Swedish pools share one list). */
export function drawFamilyName(draw: Draw, origin: Origin): string {
  return draw.pick((origin ?? SWEDISH['born-1960-1999']).family);
}

/** A given name for someone of `age` from `origin`; children born here sometimes get a
 * Swedish name whatever the family's origin. */
export function drawGivenName(draw: Draw, origin: Origin, sex: Sex, age: number): string {
  const swedish = SWEDISH[generationOf(age)];
  const pool: NamePool = origin === null || (age < 18 && draw.chance(0.3)) ? swedish : origin;
  return draw.pick(sex === 'F' ? pool.female : pool.male);
}
