// The national basic offering as case types with one published version each, the regions'
// offerings, each clinic's activations with the national default options, and one clinic's own
// custom case type.
import {
  ATTACHMENTS_ALLOWED,
  CLINIC_ACTIVATIONS,
  EXPECTED_RESPONSE_DAYS,
  HOLIDAY_CLOSURE,
  NATIONAL_KINDS,
  NOT_FOR_PROXY,
  PROXY_CLOSED_CLINIC_KINDS,
  REGION_OFFERS,
  RESPONSE_TARGET_HOURS,
  type NationalKind,
} from './data/offerings.ts';
import { CLINICS } from './data/clinics.ts';
import { REGIONS } from './data/regions.ts';
import {
  addDays,
  addYears,
  NATIONAL_CASE_TYPES,
  type CalendarDate,
  type FormDefinition,
} from './domain.ts';
import { dbDate, firstOfMonth, stockholmInstant } from './dates.ts';
import { seedId } from './ids.ts';
import { clinicId, regionId } from './organisation.ts';

type Json = Record<string, unknown>;

export type CaseTypeRows = {
  caseTypes: {
    id: string;
    kind: NationalKind | 'CUSTOM';
    key: string;
    nameSv: string;
    nameEn: string | null;
    ownerClinicId: string | null;
    national: boolean;
    createdAt: Date;
  }[];
  caseTypeVersions: {
    id: string;
    caseTypeId: string;
    version: number;
    status: 'PUBLISHED';
    definition: Json;
    createdAt: Date;
    publishedAt: Date;
  }[];
  regionOfferings: { regionId: string; caseTypeId: string; offeredAt: Date }[];
  clinicCaseTypes: {
    id: string;
    clinicId: string;
    caseTypeId: string;
    active: boolean;
    options: Json;
    availableForProxy: boolean;
    attachmentsAllowed: boolean;
    expectedResponseDays: number;
    responseTargetHours: number | null;
    noticeSv: string | null;
    noticeEn: string | null;
    closedFrom: Date | null;
    closedTo: Date | null;
    sortOrder: number;
    updatedAt: Date;
  }[];
};

export const caseTypeId = (kind: string): string => seedId(`case-type:${kind}`);

/** The clinic that built its own case type in the demo, and that type's definition. */
const CUSTOM_TYPE = {
  clinic: 'farsta-vc',
  key: 'travel-vaccination',
  nameSv: 'Resevaccination',
  nameEn: 'Travel vaccination',
} as const;

export function buildCaseTypes(today: CalendarDate): CaseTypeRows {
  const createdAt = stockholmInstant(firstOfMonth(addYears(today, -2)), '07:00');
  const rows: CaseTypeRows = {
    caseTypes: [],
    caseTypeVersions: [],
    regionOfferings: [],
    clinicCaseTypes: [],
  };

  const publish = (id: string, definition: FormDefinition) => {
    rows.caseTypeVersions.push({
      id: seedId(`case-type-version:${id}:1`),
      caseTypeId: id,
      version: 1,
      status: 'PUBLISHED',
      definition: definition,
      createdAt,
      publishedAt: createdAt,
    });
  };

  for (const kind of NATIONAL_KINDS) {
    const national = NATIONAL_CASE_TYPES[kind];
    const id = caseTypeId(kind);
    rows.caseTypes.push({
      id,
      kind,
      key: national.key,
      nameSv: national.name.sv,
      nameEn: national.name.en ?? null,
      ownerClinicId: null,
      national: true,
      createdAt,
    });
    publish(id, national.definition);
  }

  for (const region of REGIONS) {
    for (const kind of REGION_OFFERS[region.key]) {
      rows.regionOfferings.push({
        regionId: regionId(region.key),
        caseTypeId: caseTypeId(kind),
        offeredAt: createdAt,
      });
    }
  }

  const closureStart = addDays(today, HOLIDAY_CLOSURE.startsInDays);
  for (const clinic of CLINICS) {
    const offered = REGION_OFFERS[clinic.region];
    const kinds = CLINIC_ACTIVATIONS[clinic.kind].filter((kind) => offered.includes(kind));
    kinds.forEach((kind, index) => {
      const closed = clinic.key === HOLIDAY_CLOSURE.clinic && kind === HOLIDAY_CLOSURE.kind;
      rows.clinicCaseTypes.push({
        id: seedId(`clinic-case-type:${clinic.key}:${kind}`),
        clinicId: clinicId(clinic.key),
        caseTypeId: caseTypeId(kind),
        active: true,
        options: NATIONAL_CASE_TYPES[kind].defaultClinicOptions,
        availableForProxy:
          !NOT_FOR_PROXY.includes(kind) && !PROXY_CLOSED_CLINIC_KINDS.includes(clinic.kind),
        attachmentsAllowed: ATTACHMENTS_ALLOWED.includes(kind),
        expectedResponseDays: EXPECTED_RESPONSE_DAYS[kind] ?? 3,
        responseTargetHours: RESPONSE_TARGET_HOURS[kind] ?? null,
        noticeSv: closed ? HOLIDAY_CLOSURE.noticeSv : null,
        noticeEn: closed ? HOLIDAY_CLOSURE.noticeEn : null,
        closedFrom: closed ? dbDate(closureStart) : null,
        closedTo: closed ? dbDate(addDays(closureStart, HOLIDAY_CLOSURE.lastsDays - 1)) : null,
        sortOrder: index + 1,
        updatedAt: createdAt,
      });
    });
  }

  const customId = seedId(`case-type:custom:${CUSTOM_TYPE.clinic}:${CUSTOM_TYPE.key}`);
  rows.caseTypes.push({
    id: customId,
    kind: 'CUSTOM',
    key: CUSTOM_TYPE.key,
    nameSv: CUSTOM_TYPE.nameSv,
    nameEn: CUSTOM_TYPE.nameEn,
    ownerClinicId: clinicId(CUSTOM_TYPE.clinic),
    national: false,
    createdAt,
  });
  const template = NATIONAL_CASE_TYPES.CUSTOM.definition;
  publish(customId, {
    ...template,
    key: CUSTOM_TYPE.key,
    title: { sv: CUSTOM_TYPE.nameSv, en: CUSTOM_TYPE.nameEn },
  });
  rows.clinicCaseTypes.push({
    id: seedId(`clinic-case-type:${CUSTOM_TYPE.clinic}:${CUSTOM_TYPE.key}`),
    clinicId: clinicId(CUSTOM_TYPE.clinic),
    caseTypeId: customId,
    active: true,
    options: {},
    availableForProxy: true,
    attachmentsAllowed: false,
    expectedResponseDays: 5,
    responseTargetHours: null,
    noticeSv: null,
    noticeEn: null,
    closedFrom: null,
    closedTo: null,
    sortOrder: 99,
    updatedAt: createdAt,
  });
  return rows;
}
