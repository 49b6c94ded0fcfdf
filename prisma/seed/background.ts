// The background population: households drawn from the name pools by a seeded generator, so
// they are the same every time. Ages are fixed and birth dates follow from the seed date, so a
// child stays a child whenever the seed runs.
import { SCENARIO_PERSONS } from './data/families.ts';
import { asciiFold } from './data/names.ts';
import type { Sex } from './identity.ts';
import { drawFamilyName, drawGivenName, drawOrigin, type Origin } from './naming.ts';
import { seededDraw, type Draw } from './random.ts';
import {
  fictionMobile,
  type AccountSpec,
  type GuardianshipSpec,
  type PersonSpec,
} from './specs.ts';

/** Households are added until the whole population has at least this many people. */
export const POPULATION_TARGET = 160;
/** Mobile numbers 30..99 of the fiction range go to the background; 05..29 are left for tests. */
const FIRST_BACKGROUND_MOBILE = 30;

type HouseholdKind =
  'family' | 'teen-family' | 'single-parent' | 'couple' | 'single' | 'young' | 'elderly';

// prettier-ignore
const HOUSEHOLD_CYCLE: readonly HouseholdKind[] = [
  'family', 'single', 'couple', 'single-parent', 'elderly',
  'teen-family', 'young', 'family', 'couple', 'single',
];

// prettier-ignore
const MUNICIPALITIES = [
  'Stockholm', 'Stockholm', 'Stockholm', 'Solna', 'Nacka', 'Södertälje', 'Danderyd', 'Huddinge',
  'Göteborg', 'Göteborg', 'Mölndal', 'Partille', 'Kiruna',
] as const;

export type Background = {
  persons: PersonSpec[];
  guardianships: GuardianshipSpec[];
  accounts: AccountSpec[];
};

/** Enough households to bring `alreadyThere` people (the scenario) up to the target. */
export function buildBackground(alreadyThere: number): Background {
  const draw = seededDraw('etj-seed background population v1');
  const background: Background = { persons: [], guardianships: [], accounts: [] };
  for (let index = 0; alreadyThere + background.persons.length < POPULATION_TARGET; index += 1) {
    const kind = HOUSEHOLD_CYCLE[index % HOUSEHOLD_CYCLE.length] ?? 'single';
    addHousehold(background, draw, index, kind);
  }
  addAccounts(background, draw);
  return background;
}

/** Background people never share a full name with a persona's family, to avoid mix-ups. */
const SCENARIO_NAMES = new Set(SCENARIO_PERSONS.map((p) => `${p.givenName} ${p.familyName}`));

function addHousehold(into: Background, draw: Draw, index: number, kind: HouseholdKind): void {
  const municipality = draw.pick(MUNICIPALITIES);
  const origin = drawOrigin(draw);
  const surname = drawFamilyName(draw, origin);
  const used = new Set<string>();
  const member = (sex: Sex, years: number, familyName = surname, from: Origin = origin) => {
    let givenName = drawGivenName(draw, from, sex, years);
    while (used.has(givenName) || SCENARIO_NAMES.has(`${givenName} ${familyName}`)) {
      givenName = drawGivenName(draw, from, sex, years);
    }
    used.add(givenName);
    const person: PersonSpec = {
      key: `bg-${index}-${used.size}`,
      givenName,
      familyName,
      sex,
      // Children's birthdays stay clear of the 18th so a day's shift cannot make them adults.
      born: { years, days: draw.int(1, years < 18 ? 300 : 364) },
      identity: { kind: 'PERSONNUMMER' },
      municipality,
      protectedIdentity: false,
      diedDaysAgo: null,
      changedDaysAgo: draw.chance(0.08) ? draw.int(3, 60) : null,
    };
    into.persons.push(person);
    return person;
  };
  /** A partner: usually of the same origin, and sharing the surname more often than not. */
  const partner = (sex: Sex, years: number) => {
    const from = draw.chance(0.15) ? drawOrigin(draw) : origin;
    return member(sex, years, draw.chance(0.6) ? surname : drawFamilyName(draw, from), from);
  };
  const children = (guardians: PersonSpec[], count: number, firstAge?: number) => {
    const oldestPossible = Math.min(17, ...guardians.map((g) => ageOf(g) - 20));
    for (let n = 0; n < count; n += 1) {
      const age = n === 0 && firstAge !== undefined ? firstAge : draw.int(0, oldestPossible);
      const child = member(draw.chance(0.5) ? 'F' : 'M', age);
      for (const guardian of guardians) {
        into.guardianships.push({
          guardian: guardian.key,
          child: child.key,
          custody: guardians.length > 1 ? 'JOINT' : 'SOLE',
          endedDaysAgo: null,
        });
      }
    }
  };
  switch (kind) {
    case 'family':
    case 'teen-family': {
      const mother = member('F', draw.int(kind === 'family' ? 28 : 38, 48));
      const father = partner('M', ageOf(mother) + draw.int(-2, 4));
      const teen = kind === 'teen-family' ? draw.int(13, 17) : undefined;
      children([mother, father], draw.int(1, 3), teen);
      return;
    }
    case 'single-parent': {
      const parent = member(draw.chance(0.7) ? 'F' : 'M', draw.int(26, 50));
      children([parent], draw.int(1, 2));
      return;
    }
    case 'couple': {
      const age = draw.int(25, 85);
      member('F', age);
      partner('M', age + draw.int(-3, 5));
      return;
    }
    case 'single':
      member(draw.chance(0.5) ? 'F' : 'M', draw.int(19, 90));
      return;
    case 'young':
      member(draw.chance(0.5) ? 'F' : 'M', draw.int(18, 24));
      return;
    case 'elderly':
      // Every other elderly household is 100 or older: the register's `+` case.
      member(
        draw.chance(0.7) ? 'F' : 'M',
        index % 20 === 4 ? draw.int(100, 104) : draw.int(80, 99),
      );
      return;
  }
}

function ageOf(person: PersonSpec): number {
  if ('date' in person.born) throw new Error('background ages are relative');
  return person.born.years;
}

function addAccounts(into: Background, draw: Draw): void {
  const emails = new Set<string>();
  let mobile = FIRST_BACKGROUND_MOBILE;
  for (const person of into.persons) {
    if (ageOf(person) < 18 || !draw.chance(0.45) || mobile > 99) continue;
    const local = `${asciiFold(person.givenName ?? '')}.${asciiFold(person.familyName ?? '')}`;
    let email = `${local}@example.com`;
    for (let n = 2; emails.has(email); n += 1) email = `${local}${n}@example.com`;
    emails.add(email);
    const hasMobile = draw.chance(0.8);
    const firstLoginDaysAgo = draw.int(20, 900);
    into.accounts.push({
      personKey: person.key,
      email,
      mobile: hasMobile ? fictionMobile(mobile++) : null,
      notifyBySms: hasMobile && draw.chance(0.6),
      firstLoginDaysAgo,
      lastLoginDaysAgo: draw.int(1, Math.min(60, firstLoginDaysAgo - 1)),
      loginTime: `${String(draw.int(7, 21)).padStart(2, '0')}:${String(draw.int(0, 59)).padStart(2, '0')}`,
    });
  }
}
