// The HSA catalogue: staff members and their assignments (medarbetaruppdrag).
import type { StaffAssignment, StaffMember } from '../src/index.ts';
import { CLINICS, type ClinicKey } from './data/clinics.ts';
import { asciiFold } from './data/names.ts';
import { REGIONS, type RegionKey } from './data/regions.ts';
import { NAMED_STAFF, STAFFING, STAFFING_OVERRIDES, type AssignmentData } from './data/staff.ts';
import { dbDate, firstOfMonth, stockholmInstant } from './dates.ts';
import { addDays, addMonths, type CalendarDate } from './domain.ts';
import { seedId } from './ids.ts';
import { clinicId, regionId } from './organisation.ts';
import { drawFamilyName, drawGivenName, drawOrigin } from './naming.ts';
import { seededDraw } from './random.ts';

export type HsaRows = { staffMembers: StaffMember[]; staffAssignments: StaffAssignment[] };

type StaffSpec = {
  key: string;
  hsaId: string;
  givenName: string;
  familyName: string;
  title: string;
  assignments: readonly AssignmentData[];
};

const HSA_PREFIX = 'SE2321000016-';

/** The named staff plus every clinic's posts filled with drawn names. */
export function buildHsaCatalog(today: CalendarDate): HsaRows {
  const specs: StaffSpec[] = [...NAMED_STAFF, ...backgroundStaff()];
  const staffAssignments = specs.flatMap((spec) =>
    spec.assignments.map((assignment) => assignmentRow(spec, assignment, today)),
  );
  return { staffMembers: specs.map((spec) => memberRow(spec, today)), staffAssignments };
}

function backgroundStaff(): StaffSpec[] {
  const draw = seededDraw('etj-seed hsa catalogue v1');
  const names = new Set(NAMED_STAFF.map((s) => `${s.givenName} ${s.familyName}`));
  const staff: StaffSpec[] = [];
  for (const clinic of CLINICS) {
    const posts = STAFFING_OVERRIDES[clinic.key] ?? STAFFING[clinic.kind];
    for (const post of posts) {
      let givenName: string;
      let familyName: string;
      do {
        const origin = drawOrigin(draw);
        givenName = drawGivenName(draw, origin, draw.chance(0.6) ? 'F' : 'M', draw.int(28, 64));
        familyName = drawFamilyName(draw, origin);
      } while (names.has(`${givenName} ${familyName}`));
      names.add(`${givenName} ${familyName}`);
      const serial = 201 + staff.length;
      const initials = `${asciiFold(givenName).charAt(0)}${asciiFold(familyName).charAt(0)}`;
      staff.push({
        key: `${clinic.key}-${serial}`,
        hsaId: `${HSA_PREFIX}${initials}${serial}`,
        givenName,
        familyName,
        title: post.title,
        assignments: [
          { at: { clinic: clinic.key }, roles: post.roles, sinceMonths: draw.int(3, 144) },
        ],
      });
    }
  }
  return staff;
}

function memberRow(spec: StaffSpec, today: CalendarDate): StaffMember {
  const first = spec.assignments[0];
  if (!first) throw new Error(`Staff ${spec.key} has no assignment`);
  const starts = spec.assignments.map((a) => validFrom(a, today)).sort();
  const earliest = starts[0] ?? today;
  // Entered in the catalogue on their first day, or yesterday for someone yet to start.
  const entered = earliest < today ? earliest : addDays(today, -1);
  return {
    id: seedId(`staff:${spec.key}`),
    hsaId: spec.hsaId,
    givenName: spec.givenName,
    familyName: spec.familyName,
    title: spec.title,
    email: `${asciiFold(spec.givenName)}.${asciiFold(spec.familyName)}@${emailDomain(first)}`,
    createdAt: stockholmInstant(entered, '07:00'),
  };
}

function assignmentRow(
  spec: StaffSpec,
  assignment: AssignmentData,
  today: CalendarDate,
): StaffAssignment {
  const at =
    'clinic' in assignment.at
      ? assignment.at.clinic
      : 'region' in assignment.at
        ? assignment.at.region
        : 'national';
  return {
    id: seedId(`assignment:${spec.key}:${at}`),
    staffMemberId: seedId(`staff:${spec.key}`),
    clinicId: 'clinic' in assignment.at ? clinicId(assignment.at.clinic) : null,
    regionId: 'region' in assignment.at ? regionId(assignment.at.region) : null,
    roles: [...assignment.roles],
    validFrom: dbDate(validFrom(assignment, today)),
    validTo:
      assignment.endedDaysAgo === undefined
        ? null
        : dbDate(addDays(today, -assignment.endedDaysAgo)),
  };
}

function validFrom(assignment: AssignmentData, today: CalendarDate): CalendarDate {
  if (assignment.startsInDays !== undefined) return addDays(today, assignment.startsInDays);
  return firstOfMonth(addMonths(today, -assignment.sinceMonths));
}

/** The national service administration's own mail domain. */
const NATIONAL_EMAIL_DOMAIN = 'tjansteforvaltning.example.com';

function emailDomain(assignment: AssignmentData): string {
  if ('national' in assignment.at) return NATIONAL_EMAIL_DOMAIN;
  const regionKey: RegionKey =
    'region' in assignment.at ? assignment.at.region : regionOfClinic(assignment.at.clinic);
  const region = REGIONS.find((candidate) => candidate.key === regionKey);
  if (!region) throw new Error(`Unknown region ${regionKey}`);
  return region.emailDomain;
}

function regionOfClinic(key: ClinicKey): RegionKey {
  const clinic = CLINICS.find((candidate) => candidate.key === key);
  if (!clinic) throw new Error(`Unknown clinic ${key}`);
  return clinic.region;
}
