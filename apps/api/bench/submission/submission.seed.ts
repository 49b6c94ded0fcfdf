// A small organisation for the submission bench, seeded by SQL with ids derived from fixed names
// (md5(name)::uuid), so the pgbench script beside it names the same clinic, version and persons
// without reading them: one region, one clinic offering the national "renew prescription" type,
// and PERSONS citizens.
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { testPersonnummer } from '../../test/factories.ts';
import type { BenchDatabase } from '../support/bench-database.ts';

/** Citizens seeded; submission.pgbench.sql draws its sender from 1..PERSONS too. */
export const PERSONS = 100;

/**
 * The id the seed and the pgbench script both derive from `name`: md5 with the version and
 * variant digits of a random UUID, since the API checks the ids it is given.
 */
const idOf = (name: string) =>
  `overlay(overlay(md5('submission-bench-${name}') placing '4' from 13) placing '8' from 17)::uuid`;

export type SubmissionOrg = {
  clinicId: string;
  caseTypeId: string;
  /** Personnummer of person n (1-based) for logging in. */
  citizens: string[];
};

const birthDate = (n: number) =>
  new Date(Date.UTC(1950, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

export async function seedSubmissionOrg(db: BenchDatabase): Promise<SubmissionOrg> {
  const national = NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION;
  const at = `'2026-01-01T00:00:00Z'::timestamptz`;
  const json = (value: unknown) => `'${JSON.stringify(value).replaceAll("'", "''")}'::jsonb`;
  await db.execute(`
    INSERT INTO regions (id, code, name, hsa_id, created_at)
    VALUES (${idOf('region')}, 'SB', 'Region Bänk', 'SE2321000016-rbench', ${at})`);
  await db.execute(`
    INSERT INTO clinics (id, region_id, hsa_id, name, kind, street, postcode, city, municipality,
      phone, opening_hours, active, created_at)
    VALUES (${idOf('clinic')}, ${idOf('region')}, 'SE2321000016-cbench', 'Bänkens vårdcentral',
      'vårdcentral', 'Testgatan 1', '111 11', 'Stockholm', 'Stockholm', '08-465 004 00',
      '[{"days":"mon-fri","opens":"08:00","closes":"17:00"}]', true, ${at})`);
  await db.execute(`
    INSERT INTO case_types (id, kind, key, name_sv, name_en, national, created_at)
    VALUES (${idOf('case-type')}, 'RENEW_PRESCRIPTION', 'bench-renew-prescription',
      'Förnya recept', 'Renew prescription', true, ${at})`);
  await db.execute(`
    INSERT INTO case_type_versions (id, case_type_id, version, status, definition, created_at,
      published_at)
    VALUES (${idOf('version')}, ${idOf('case-type')}, 1, 'PUBLISHED', ${json(national.definition)},
      ${at}, ${at})`);
  await db.execute(`
    INSERT INTO region_offerings (region_id, case_type_id, offered_at)
    VALUES (${idOf('region')}, ${idOf('case-type')}, ${at})`);
  await db.execute(`
    INSERT INTO clinic_case_types (id, clinic_id, case_type_id, active, options, updated_at)
    VALUES (${idOf('activation')}, ${idOf('clinic')}, ${idOf('case-type')}, true,
      ${json(national.defaultClinicOptions)}, ${at})`);
  const citizens = Array.from({ length: PERSONS }, (_, i) => testPersonnummer(birthDate(i + 1)));
  await db.execute(`
    INSERT INTO persons (id, identity_number, identity_number_kind, birth_date, given_name,
      family_name, registered_at, updated_at)
    VALUES ${citizens
      .map(
        (number, i) =>
          `(${idOf(`person-${String(i + 1)}`)}, '${number}', 'PERSONNUMMER', '${birthDate(i + 1)}',
          'Testa', 'Bänksson', ${at}, ${at})`,
      )
      .join(',\n')}`);
  const [ids] = await db.query<{ clinicId: string; caseTypeId: string }>(
    `SELECT ${idOf('clinic')}::text AS "clinicId", ${idOf('case-type')}::text AS "caseTypeId"`,
  );
  if (!ids) throw new Error('no ids');
  return { clinicId: ids.clinicId, caseTypeId: ids.caseTypeId, citizens };
}
