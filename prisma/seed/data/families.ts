// The hand-made part of the population register: the personas and the families around them.
// Birth dates that matter for a scenario (children about to turn 13, the 15-year-old, the
// newborn, the centenarian) are relative to the seed date so the scenario holds whenever the
// seed runs; adults have fixed dates so their personnummer can be typed from memory.
import type { Birth } from '../dates.ts';
import type { IdentityKind, Sex } from '../identity.ts';

export type ScenarioPerson = {
  key: string;
  givenName: string | null;
  familyName: string | null;
  sex: Sex;
  born: Birth;
  identity?: IdentityKind;
  /** Null for people who are not folkbokförda, and for those with protected identity. */
  municipality: string | null;
  protectedIdentity?: true;
  diedDaysAgo?: number;
};

/** The person's identity kind; a personnummer unless the table says otherwise. */
export function identityOf(person: ScenarioPerson): IdentityKind {
  return person.identity ?? { kind: 'PERSONNUMMER' };
}

// prettier-ignore
export const SCENARIO_PERSONS = [
  { key: 'adult', givenName: 'Karin', familyName: 'Holm', sex: 'F', born: { date: '1979-04-17' }, municipality: 'Stockholm' },
  { key: 'parent-joint', givenName: 'Sara', familyName: 'Ekström', sex: 'F', born: { date: '1985-09-23' }, municipality: 'Stockholm' },
  { key: 'parent-joint-other', givenName: 'Jonas', familyName: 'Ekström', sex: 'M', born: { date: '1983-02-08' }, municipality: 'Stockholm' },
  { key: 'child-turning-13-soon', givenName: 'Ella', familyName: 'Ekström', sex: 'F', born: { years: 13, days: -45 }, municipality: 'Stockholm' },
  { key: 'small-child', givenName: 'Noah', familyName: 'Ekström', sex: 'M', born: { years: 4, days: 130 }, municipality: 'Stockholm' },
  { key: 'parent-sole', givenName: 'Leila', familyName: 'Karimi', sex: 'F', born: { date: '1987-11-05' }, municipality: 'Göteborg' },
  { key: 'child-turning-13-this-week', givenName: 'Adam', familyName: 'Karimi', sex: 'M', born: { years: 13, days: -4 }, municipality: 'Göteborg' },
  { key: 'newborn-parent', givenName: 'Emma', familyName: 'Wikström', sex: 'F', born: { date: '1994-01-19' }, municipality: 'Solna' },
  { key: 'newborn-father', givenName: 'Oskar', familyName: 'Wikström', sex: 'M', born: { date: '1992-06-03' }, municipality: 'Solna' },
  { key: 'newborn', givenName: null, familyName: null, sex: 'F', born: { years: 0, days: 9 }, municipality: 'Solna' },
  { key: 'teenager', givenName: 'Wilma', familyName: 'Nyberg', sex: 'F', born: { years: 15, days: 100 }, municipality: 'Nacka' },
  { key: 'teenager-mother', givenName: 'Petra', familyName: 'Nyberg', sex: 'F', born: { date: '1981-10-27' }, municipality: 'Nacka' },
  { key: 'teenager-father', givenName: 'Magnus', familyName: 'Nyberg', sex: 'M', born: { date: '1979-12-14' }, municipality: 'Nacka' },
  { key: 'protected-identity', givenName: 'Hanna', familyName: 'Lund', sex: 'F', born: { date: '1988-07-14' }, municipality: null, protectedIdentity: true },
  { key: 'protected-child', givenName: 'Alva', familyName: 'Lund', sex: 'F', born: { years: 7, days: 200 }, municipality: null, protectedIdentity: true },
  { key: 'parent-of-protected-child', givenName: 'Erik', familyName: 'Lund', sex: 'M', born: { date: '1986-03-02' }, municipality: 'Stockholm' },
  { key: 'deceased', givenName: 'Gunnar', familyName: 'Persson', sex: 'M', born: { date: '1938-10-11' }, municipality: 'Kiruna', diedDaysAgo: 20 },
  { key: 'coordination-number', givenName: 'Tomasz', familyName: 'Kowalczyk', sex: 'M', born: { date: '1991-05-09' }, identity: { kind: 'SAMORDNINGSNUMMER' }, municipality: null },
  { key: 'reserve-number', givenName: 'Samira', familyName: 'Haddad', sex: 'F', born: { date: '1996-12-02' }, identity: { kind: 'RESERVNUMMER', serial: 52 }, municipality: null },
  { key: 'centenarian', givenName: 'Margit', familyName: 'Andersson', sex: 'F', born: { years: 101, days: 40 }, municipality: 'Kiruna' },
  { key: 'former-guardian', givenName: 'Fredrik', familyName: 'Åberg', sex: 'M', born: { date: '1982-08-21' }, municipality: 'Mölndal' },
  { key: 'former-guardian-child', givenName: 'Ida', familyName: 'Åberg', sex: 'F', born: { years: 8, days: 60 }, municipality: 'Mölndal' },
  { key: 'former-guardian-child-mother', givenName: 'Linda', familyName: 'Åberg', sex: 'F', born: { date: '1984-05-30' }, municipality: 'Mölndal' },
] as const satisfies readonly ScenarioPerson[];

export type ScenarioPersonKey = (typeof SCENARIO_PERSONS)[number]['key'];

export type ScenarioGuardianship = {
  guardian: ScenarioPersonKey;
  child: ScenarioPersonKey;
  custody: 'JOINT' | 'SOLE';
  /** The register entry ended this many days before the seed date. */
  endedDaysAgo?: number;
};

export const SCENARIO_GUARDIANSHIPS: readonly ScenarioGuardianship[] = [
  { guardian: 'parent-joint', child: 'child-turning-13-soon', custody: 'JOINT' },
  { guardian: 'parent-joint-other', child: 'child-turning-13-soon', custody: 'JOINT' },
  { guardian: 'parent-joint', child: 'small-child', custody: 'JOINT' },
  { guardian: 'parent-joint-other', child: 'small-child', custody: 'JOINT' },
  { guardian: 'parent-sole', child: 'child-turning-13-this-week', custody: 'SOLE' },
  { guardian: 'newborn-parent', child: 'newborn', custody: 'JOINT' },
  { guardian: 'newborn-father', child: 'newborn', custody: 'JOINT' },
  { guardian: 'teenager-mother', child: 'teenager', custody: 'JOINT' },
  { guardian: 'teenager-father', child: 'teenager', custody: 'JOINT' },
  { guardian: 'protected-identity', child: 'protected-child', custody: 'JOINT' },
  { guardian: 'parent-of-protected-child', child: 'protected-child', custody: 'JOINT' },
  { guardian: 'former-guardian-child-mother', child: 'former-guardian-child', custody: 'SOLE' },
  {
    guardian: 'former-guardian',
    child: 'former-guardian-child',
    custody: 'JOINT',
    endedDaysAgo: 400,
  },
];

/**
 * Proxy links the demo starts with: Sara acts for Ella and Noah, Jonas for Ella.
 * Leila -> Adam and Emma -> her newborn are left for the browser journey to add.
 */
export type ScenarioProxyLink = {
  guardian: ScenarioPersonKey;
  child: ScenarioPersonKey;
  /** Added this many days before the seed date. */
  addedDaysAgo: number;
};

export const SCENARIO_PROXY_LINKS: readonly ScenarioProxyLink[] = [
  { guardian: 'parent-joint', child: 'child-turning-13-soon', addedDaysAgo: 400 },
  { guardian: 'parent-joint', child: 'small-child', addedDaysAgo: 400 },
  { guardian: 'parent-joint-other', child: 'child-turning-13-soon', addedDaysAgo: 60 },
];
