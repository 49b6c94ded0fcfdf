import { Prisma, type PrismaClient } from '@etj/db';
import type { CaseAccessFacts } from '../cases/case-access.policy.ts';
import { findCaseAccessFacts } from '../cases/case.repository.ts';
import type { StaffRole } from '../identity/identity.types.ts';
import type { AccessAction } from './access-log-write.repository.ts';
import type { LogKey } from './access-log.rules.ts';

export type CitizenAccessLogRow = {
  id: string;
  occurredAt: Date;
  role: StaffRole;
  action: AccessAction;
  staffHsaId: string;
  staffGivenName: string | null;
  staffFamilyName: string | null;
  staffTitle: string | null;
  clinicName: string | null;
};

export type CitizenCaseSummaryRow = {
  caseTypeNameSv: string;
  caseTypeNameEn: string | null;
  submittedAt: Date;
};

/**
 * The access log of one case, for its patient. Reads only: reading one's own log writes no
 * access-log row (the reader is no staff member).
 */
export class CitizenAccessLogRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** What case-access.policy.ts needs to decide whether the citizen may read the case. */
  caseFacts(caseId: string): Promise<CaseAccessFacts | null> {
    return findCaseAccessFacts(this.prisma, caseId);
  }

  /** The case as the PDF download names it: its type and when it was sent, nothing more. */
  async caseSummary(caseId: string): Promise<CitizenCaseSummaryRow | null> {
    const row = await this.prisma.case.findUnique({
      where: { id: caseId },
      select: {
        submittedAt: true,
        caseTypeVersion: { select: { caseType: { select: { nameSv: true, nameEn: true } } } },
      },
    });
    if (!row) return null;
    const { nameSv, nameEn } = row.caseTypeVersion.caseType;
    return { caseTypeNameSv: nameSv, caseTypeNameEn: nameEn, submittedAt: row.submittedAt };
  }

  /** One page of the case's log, newest first (caseLogStatement). */
  page(caseId: string, after: LogKey | null, limit: number) {
    return this.prisma.$queryRaw<CitizenAccessLogRow[]>(caseLogStatement(caseId, after, limit));
  }
}

/**
 * One page of a case's log, newest first, with staff member and clinic joined (LEFT JOINs: the
 * log has no foreign keys and outlives what it names). Index access_log(case_id, occurred_at,
 * id) gives the rows in page order: a page costs its own rows, however large the table.
 * Exported so a test explains the very statement.
 */
export function caseLogStatement(caseId: string, after: LogKey | null, limit: number): Prisma.Sql {
  const keyset = after
    ? Prisma.sql`AND (a.occurred_at, a.id) < (${after.occurredAt}::timestamptz, ${after.id}::bigint)`
    : Prisma.empty;
  return Prisma.sql`
    SELECT a.id::text AS id, a.occurred_at AS "occurredAt", a.role::text AS role, a.action,
      a.staff_hsa_id AS "staffHsaId",
      s.given_name AS "staffGivenName", s.family_name AS "staffFamilyName", s.title AS "staffTitle",
      k.name AS "clinicName"
    FROM access_log a
    LEFT JOIN staff_members s ON s.id = a.staff_member_id
    LEFT JOIN clinics k ON k.id = a.clinic_id
    WHERE a.case_id = ${caseId}::uuid ${keyset}
    ORDER BY a.occurred_at DESC, a.id DESC
    LIMIT ${limit}`;
}
