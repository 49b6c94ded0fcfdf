// The population register rows: the scenario families, then the background, each person with
// a test identity number that follows from their birth date.
import type {
  CitizenAccount,
  Guardianship,
  NotificationSetting,
  Person,
  ProxyLink,
} from '../src/index.ts';
import { buildBackground } from './background.ts';
import {
  identityOf,
  SCENARIO_GUARDIANSHIPS,
  SCENARIO_PERSONS,
  SCENARIO_PROXY_LINKS,
  type ScenarioPerson,
} from './data/families.ts';
import { birthDateOf, dbDate, laterOf, stockholmInstant } from './dates.ts';
import { addDays, type CalendarDate } from './domain.ts';
import { identityNumberFor } from './identity.ts';
import { seedId } from './ids.ts';
import { ABSENT_IDENTITIES } from './personas.ts';
import type { AccountSpec, GuardianshipSpec, PersonSpec } from './specs.ts';

export type PopulationRows = {
  persons: Person[];
  guardianships: Guardianship[];
  citizenAccounts: CitizenAccount[];
  notificationSettings: NotificationSetting[];
  proxyLinks: ProxyLink[];
};

type Registered = { spec: PersonSpec; birthDate: CalendarDate; identityNumber: string };

/** The whole population register as it stands on `today`. */
export function buildPopulation(today: CalendarDate): PopulationRows {
  const scenario = SCENARIO_PERSONS.map(scenarioSpec);
  const background = buildBackground(scenario.length);
  const registered = register(today, scenario, background.persons);
  const byKey = new Map(registered.map((entry) => [entry.spec.key, entry]));
  const guardianships = [
    ...SCENARIO_GUARDIANSHIPS.map((g) => ({ endedDaysAgo: null, ...g })),
    ...background.guardianships,
  ];
  return {
    persons: registered.map((entry) => personRow(entry, today)),
    guardianships: guardianships.map((g) => guardianshipRow(g, byKey, today)),
    ...accountRows(background.accounts, today),
    proxyLinks: SCENARIO_PROXY_LINKS.map((link) => {
      const custody = SCENARIO_GUARDIANSHIPS.find(
        (g) => g.guardian === link.guardian && g.child === link.child,
      );
      if (!custody || custody.endedDaysAgo !== undefined)
        throw new Error(`Proxy link ${link.guardian} -> ${link.child} has no custody today`);
      return {
        id: seedId(`proxy-link:${link.guardian}:${link.child}`),
        guardianPersonId: seedId(`person:${link.guardian}`),
        childPersonId: seedId(`person:${link.child}`),
        createdAt: stockholmInstant(addDays(today, -link.addedDaysAgo), '20:15'),
        endedAt: null,
        endedReason: null,
      };
    }),
  };
}

function scenarioSpec(person: ScenarioPerson): PersonSpec {
  const isProtected = person.protectedIdentity === true;
  return {
    key: person.key,
    givenName: person.givenName,
    familyName: person.familyName,
    sex: person.sex,
    born: person.born,
    identity: identityOf(person),
    municipality: person.municipality,
    protectedIdentity: isProtected,
    diedDaysAgo: person.diedDaysAgo ?? null,
    // Protection was granted about ten months ago.
    changedDaysAgo: isProtected ? 300 : null,
  };
}

/** Gives everyone an identity number. Scenario numbers are exact (a clash is a bug in the
 * tables); a background person whose number is taken is moved one day earlier until free. */
function register(
  today: CalendarDate,
  scenario: PersonSpec[],
  background: PersonSpec[],
): Registered[] {
  const taken = new Set<string>([ABSENT_IDENTITIES.personnummer]);
  const take = (spec: PersonSpec, canMove: boolean): Registered => {
    let birthDate = birthDateOf(spec.born, today);
    let identityNumber = identityNumberFor(spec.identity, birthDate, spec.sex);
    while (taken.has(identityNumber)) {
      if (!canMove) throw new Error(`Scenario person ${spec.key} clashes on ${identityNumber}`);
      birthDate = addDays(birthDate, -1);
      identityNumber = identityNumberFor(spec.identity, birthDate, spec.sex);
    }
    taken.add(identityNumber);
    return { spec, birthDate, identityNumber };
  };
  return [
    ...scenario.map((spec) => take(spec, false)),
    ...background.map((spec) => take(spec, true)),
  ];
}

function personRow({ spec, birthDate, identityNumber }: Registered, today: CalendarDate): Person {
  const registeredAt = registrationInstant(spec, birthDate, today);
  const deceasedOn = spec.diedDaysAgo === null ? null : addDays(today, -spec.diedDaysAgo);
  const changedOn =
    deceasedOn === null
      ? spec.changedDaysAgo === null
        ? null
        : laterOf(birthDate, addDays(today, -spec.changedDaysAgo))
      : addDays(deceasedOn, 1);
  return {
    id: seedId(`person:${spec.key}`),
    identityNumber,
    identityNumberKind: spec.identity.kind,
    birthDate: dbDate(birthDate),
    givenName: spec.givenName,
    familyName: spec.familyName,
    protectedIdentity: spec.protectedIdentity,
    deceasedOn: deceasedOn === null ? null : dbDate(deceasedOn),
    municipality: spec.municipality,
    registeredAt,
    updatedAt: changedOn === null ? registeredAt : stockholmInstant(changedOn, '09:00'),
  };
}

/** Folkbokförd at birth; coordination and reserve numbers are handed out later in life. */
function registrationInstant(spec: PersonSpec, birthDate: CalendarDate, today: CalendarDate) {
  switch (spec.identity.kind) {
    case 'PERSONNUMMER':
      return stockholmInstant(birthDate, '12:00');
    case 'SAMORDNINGSNUMMER':
      return stockholmInstant(addDays(today, -420), '10:00');
    case 'RESERVNUMMER':
      return stockholmInstant(addDays(today, -75), '14:00');
  }
}

function guardianshipRow(
  spec: GuardianshipSpec,
  byKey: Map<string, Registered>,
  today: CalendarDate,
): Guardianship {
  const child = byKey.get(spec.child);
  if (!child || !byKey.has(spec.guardian)) {
    throw new Error(`Guardianship ${spec.guardian} -> ${spec.child} names an unknown person`);
  }
  return {
    id: seedId(`guardianship:${spec.guardian}:${spec.child}`),
    guardianId: seedId(`person:${spec.guardian}`),
    childId: seedId(`person:${spec.child}`),
    custody: spec.custody,
    validFrom: dbDate(child.birthDate),
    validTo: spec.endedDaysAgo === null ? null : dbDate(addDays(today, -spec.endedDaysAgo)),
  };
}

function accountRows(accounts: AccountSpec[], today: CalendarDate) {
  const citizenAccounts: CitizenAccount[] = [];
  const notificationSettings: NotificationSetting[] = [];
  for (const account of accounts) {
    const personId = seedId(`person:${account.personKey}`);
    const firstLoginAt = stockholmInstant(
      addDays(today, -account.firstLoginDaysAgo),
      account.loginTime,
    );
    const citizenAccountId = seedId(`citizen-account:${account.personKey}`);
    citizenAccounts.push({
      id: citizenAccountId,
      personId,
      firstLoginAt,
      lastLoginAt: stockholmInstant(addDays(today, -account.lastLoginDaysAgo), account.loginTime),
      createdAt: firstLoginAt,
    });
    notificationSettings.push({
      id: seedId(`notification-setting:${account.personKey}`),
      citizenAccountId,
      email: account.email,
      mobile: account.mobile,
      notifyByEmail: true,
      notifyBySms: account.notifyBySms,
      locale: account.locale ?? 'sv',
      updatedByPersonId: personId,
      updatedAt: firstLoginAt,
    });
  }
  return { citizenAccounts, notificationSettings };
}
