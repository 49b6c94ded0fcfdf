// Shared set-up of the identity tests: one harness with a region, two clinics and people in the
// population register (an adult, a deceased person, one with a coordination number), and
// browsers for either surface.
import { afterAll, beforeAll } from 'vitest';
import { luhnCheckDigit } from '@etj/domain';
import { Browser, startHarness, type Harness } from '../harness.ts';
import { createClinic, createPerson, createRegion } from '../factories.ts';

export const MINUTE = 60_000;
export const CITIZEN_ME =
  '{ citizenMe { id displayName personnummer mustAcceptTerms acceptedTermsVersion } }';
export const STAFF_ME =
  '{ staffMe { id hsaId displayName title mustAcceptTerms currentUnit { id kind name roles } units { id kind name regionName roles } } }';
export const STATUS = '{ sessionStatus { now expiresAt warnAt } }';

export let h: Harness;
export let adult: { id: string; identityNumber: string };
export let deceased: { identityNumber: string };
export let coordination: { identityNumber: string };
export let clinicA: { id: string; name: string };
export let clinicB: { id: string; name: string };
export let region: { id: string; name: string };

export const citizen = () => new Browser(h.baseUrl, 'citizen');

export const isSessionUpdate = (sql: string) => /^UPDATE\s+"public"\."sessions"/i.test(sql.trim());

/** The activity the browser's citizen session row holds (its id is the cookie token's `sid`). */
export async function lastActivityOf(browser: Browser): Promise<Date> {
  const token = browser.cookie('etj_citizen') ?? '';
  const { sid } = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
    sid: string;
  };
  const row = await h.prisma.session.findUniqueOrThrow({
    where: { id: sid },
    select: { lastActivityAt: true },
  });
  return row.lastActivityAt;
}
export const staff = () => new Browser(h.baseUrl, 'staff');

/** Starts the harness and the shared world for the calling test file. */
export function useIdentityHarness(): void {
  beforeAll(async () => {
    h = await startHarness();
    region = await createRegion(h.prisma, 'Region Testland');
    clinicA = await createClinic(h.prisma, region.id, 'Vårdcentralen Ekbacken');
    clinicB = await createClinic(h.prisma, region.id, 'Barnmottagningen Solsidan');
    adult = await createPerson(h.prisma, {
      birthDate: '1980-03-14',
      givenName: 'Anna',
      familyName: 'Andersson',
    });
    deceased = await createPerson(h.prisma, { birthDate: '1940-05-02', deceasedOn: '2026-10-01' });
    const digits = '7001' + '72' + '238';
    coordination = await createPerson(h.prisma, {
      birthDate: '1970-01-12',
      kind: 'SAMORDNINGSNUMMER',
      identityNumber: `19${digits}${luhnCheckDigit(digits)}`,
    });
  });

  afterAll(async () => {
    await h.close();
  });
}
