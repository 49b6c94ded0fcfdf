// The named demo personas: who to log in as to show or test each part of the product. Used by
// the README, the local test identity provider page and the browser tests. Free of Prisma, so
// any workspace package can import it.
import { CASE_STORIES } from './data/cases.ts';
import { NAMED_STAFF, type NamedStaffKey } from './data/staff.ts';
import { identityOf, SCENARIO_PERSONS, type ScenarioPersonKey } from './data/families.ts';
import { birthDateOf, fixedDate } from './dates.ts';
import type { CalendarDate } from './domain.ts';
import { identityNumberFor, testPersonnummer } from './identity.ts';
import { seedId } from './ids.ts';

type Description = { descriptionSv: string; descriptionEn: string };

export type CitizenPersona = Description & {
  key: ScenarioPersonKey;
  actor: 'citizen';
  /** The persons row; the same whenever the seed runs. */
  personId: string;
  displayName: string;
  identityNumberKind: 'PERSONNUMMER' | 'SAMORDNINGSNUMMER' | 'RESERVNUMMER';
  /** Twelve characters, or null when it follows from the seed date: see `personaIdentityNumber`. */
  identityNumber: string | null;
};

export type StaffPersona = Description & {
  key: NamedStaffKey;
  actor: 'staff';
  /** The staff_members row; the same whenever the seed runs. */
  staffMemberId: string;
  displayName: string;
  hsaId: string;
  title: string;
};

export type Persona = CitizenPersona | StaffPersona;

function citizen(key: ScenarioPersonKey, descriptionSv: string, descriptionEn: string) {
  const person = scenarioPerson(key);
  const identity = identityOf(person);
  return {
    key,
    actor: 'citizen',
    personId: seedId(`person:${key}`),
    displayName:
      person.givenName === null
        ? 'Nyfödd, ännu utan namn'
        : `${person.givenName} ${person.familyName}`,
    identityNumberKind: identity.kind,
    identityNumber:
      'date' in person.born
        ? identityNumberFor(identity, fixedDate(person.born.date), person.sex)
        : null,
    descriptionSv,
    descriptionEn,
  } satisfies CitizenPersona;
}

function staff(key: NamedStaffKey, descriptionSv: string, descriptionEn: string) {
  const member = NAMED_STAFF.find((candidate) => candidate.key === key);
  if (!member) throw new Error(`No named staff ${key}`);
  return {
    key,
    actor: 'staff',
    staffMemberId: seedId(`staff:${key}`),
    displayName: `${member.givenName} ${member.familyName}`,
    hsaId: member.hsaId,
    title: member.title,
    descriptionSv,
    descriptionEn,
  } satisfies StaffPersona;
}

function scenarioPerson(key: ScenarioPersonKey) {
  const person = SCENARIO_PERSONS.find((candidate) => candidate.key === key);
  if (!person) throw new Error(`No scenario person ${key}`);
  return person;
}

export const PERSONAS: readonly Persona[] = [
  citizen(
    'adult',
    'Vuxen invånare utan vårdnad om barn, för vanliga ärenden',
    'Adult citizen with no children in custody, for everyday cases',
  ),
  citizen(
    'parent-joint',
    'Förälder med gemensam vårdnad om två barn: Ella fyller 13 inom tre månader, Noah är fyra',
    'Parent with joint custody of two children: Ella turns 13 within three months, Noah is four',
  ),
  citizen(
    'parent-joint-other',
    'Den andra vårdnadshavaren till Ella och Noah (gemensam vårdnad)',
    'The other guardian of Ella and Noah (joint custody)',
  ),
  citizen(
    'child-turning-13-soon',
    'Barn som fyller 13 om 45 dagar; ombudsbehörigheten upphör då',
    'Child who turns 13 in 45 days, when the guardians’ proxy access ends',
  ),
  citizen('small-child', 'Fyraåring med två vårdnadshavare', 'Four-year-old with two guardians'),
  citizen(
    'parent-sole',
    'Ensam vårdnadshavare till ett barn som fyller 13 inom en vecka',
    'Sole guardian of a child who turns 13 within a week',
  ),
  citizen(
    'child-turning-13-this-week',
    'Barn som fyller 13 om fyra dagar',
    'Child who turns 13 in four days',
  ),
  citizen(
    'newborn-parent',
    'Förälder (gemensam vårdnad) till en nyfödd som ännu inte har fått namn',
    'Parent (joint custody) of a newborn who has no name yet',
  ),
  citizen(
    'newborn',
    'Nyfödd, nio dagar, utan förnamn och efternamn i folkbokföringen',
    'Newborn, nine days old, with no given or family name in the register yet',
  ),
  citizen(
    'teenager',
    '15-åring som loggar in själv; vårdnadshavarna kan inte längre vara ombud',
    '15-year-old who logs in on their own; the guardians can no longer act as proxy',
  ),
  citizen(
    'protected-identity',
    'Skyddade personuppgifter; vårdnadshavare till ett barn som också har det',
    'Protected identity; guardian of a child who has one too',
  ),
  citizen(
    'parent-of-protected-child',
    'Vårdnadshavare utan skydd till ett barn med skyddade personuppgifter: ombud nekas',
    'Unprotected guardian of a child with protected identity: proxy is refused',
  ),
  citizen(
    'former-guardian',
    'Vårdnaden om dottern upphörde för drygt ett år sedan: ombud nekas',
    'Custody of his daughter ended over a year ago: proxy is refused',
  ),
  citizen(
    'deceased',
    'Avled för 20 dagar sedan: inloggning nekas',
    'Died 20 days ago: login is refused',
  ),
  citizen(
    'coordination-number',
    'Har bara samordningsnummer: kan inte logga in men kan vara den ett ärende gäller',
    'Has only a coordination number: cannot log in, but a case can be about him',
  ),
  citizen(
    'reserve-number',
    'Har bara reservnummer (Västra Götalandsregionens format): kan inte logga in',
    'Has only a reserve number (Västra Götaland format): cannot log in',
  ),
  citizen(
    'centenarian',
    '101 år; i kort form skrivs personnumret med plustecken',
    'Aged 101; the short form of the number has a plus sign',
  ),
  staff(
    'case-receiver',
    'Ärendemottagare på Farsta vårdcentral',
    'Case receiver at Farsta vårdcentral',
  ),
  staff(
    'nurse',
    'Distriktssköterska som besvarar ärenden på Farsta vårdcentral',
    'District nurse who answers cases at Farsta vårdcentral',
  ),
  staff(
    'doctor',
    'Specialistläkare i allmänmedicin som besvarar ärenden på Farsta vårdcentral',
    'General practitioner who answers cases at Farsta vårdcentral',
  ),
  staff(
    'clinic-admin',
    'Verksamhetschef och administratör för Farsta vårdcentral',
    'Head and administrator of Farsta vårdcentral',
  ),
  staff(
    'auditor',
    'Granskar Farsta vårdcentrals åtkomstlogg; läser aldrig ärenden',
    'Reviews Farsta vårdcentral’s access log; never reads cases',
  ),
  staff(
    'region-admin',
    'Regional förvaltare för Region Stockholm',
    'Region administrator for Region Stockholm',
  ),
  staff(
    'service-admin',
    'Nationell tjänsteförvaltare: driftstatus och support för hela tjänsten',
    'National service administrator: driftstatus and support for the whole service',
  ),
  staff(
    'multi-role',
    'Tre mottagningar: ärendemottagare och vårdgivare i Farsta, vårdgivare och administratör på BVC Hägersten, vårdgivare i Nacka',
    'Three clinics: case receiver and caregiver in Farsta, caregiver and administrator at BVC Hägersten, caregiver in Nacka',
  ),
  staff(
    'clinic-and-region',
    'Verksamhetschef och granskare i Kiruna samt regional förvaltare för Region Norrbotten',
    'Head and auditor in Kiruna, and region administrator for Region Norrbotten',
  ),
  staff(
    'ended-assignment',
    'Medarbetaruppdraget på Farsta vårdcentral upphörde för 30 dagar sedan: inloggning nekas',
    'Assignment at Farsta vårdcentral ended 30 days ago: login is refused',
  ),
  staff(
    'not-yet-started',
    'Börjar på Farsta vårdcentral om 14 dagar: inloggning nekas till dess',
    'Starts at Farsta vårdcentral in 14 days: login is refused until then',
  ),
];

/**
 * The seeded demo cases (stories in `data/cases.ts`), for journeys and tests. The reference is
 * `E-<year sent>-<referenceSuffix>`; the year follows from the seed date.
 */
export const DEMO_CASES = CASE_STORIES.map((story) => {
  const caseId = seedId(`case:${story.key}`);
  return {
    key: story.key,
    caseId,
    referenceSuffix: caseId.replaceAll('-', '').slice(0, 8).toUpperCase(),
    clinicId: seedId(`clinic:${story.clinic}`),
    type: story.type,
    subjectPersonId: seedId(`person:${story.subject}`),
    status: story.status,
  };
});

/** The persona's identity number when the seed ran on `today`. */
export function personaIdentityNumber(persona: CitizenPersona, today: CalendarDate): string {
  const person = scenarioPerson(persona.key);
  return identityNumberFor(identityOf(person), birthDateOf(person.born, today), person.sex);
}

/** Valid-looking identities the seed never creates, for "not in the register" tests. */
export const ABSENT_IDENTITIES = {
  /** A Skatteverket test personnummer (born 2000-01-01) that no seeded person has. */
  personnummer: testPersonnummer(fixedDate('2000-01-01'), 'F'),
  /** An HSA-id that is not in the seeded HSA catalogue. */
  hsaId: 'SE2321000016-zz999',
} as const;
