// Regions and clinics.
import type { Clinic, Region } from '../src/index.ts';
import { CLINICS, type ClinicData } from './data/clinics.ts';
import { REGIONS } from './data/regions.ts';
import { firstOfMonth, stockholmInstant } from './dates.ts';
import { addYears, type CalendarDate } from './domain.ts';
import { seedId } from './ids.ts';

export type OrganisationRows = { regions: Region[]; clinics: Clinic[] };

export function regionId(key: string): string {
  return seedId(`region:${key}`);
}

export function clinicId(key: string): string {
  return seedId(`clinic:${key}`);
}

/** Every region and clinic, recorded as set up three years before `today`. */
export function buildOrganisation(today: CalendarDate): OrganisationRows {
  const createdAt = stockholmInstant(firstOfMonth(addYears(today, -3)), '07:00');
  return {
    regions: REGIONS.map((region) => ({
      id: regionId(region.key),
      code: region.code,
      name: region.name,
      hsaId: region.hsaId,
      createdAt,
    })),
    clinics: CLINICS.map((clinic: ClinicData) => ({
      id: clinicId(clinic.key),
      regionId: regionId(clinic.region),
      hsaId: clinic.hsaId,
      name: clinic.name,
      kind: clinic.kind,
      street: clinic.street,
      postcode: clinic.postcode,
      city: clinic.city,
      municipality: clinic.municipality,
      phone: clinic.phone,
      email: null,
      openingHours: clinic.openingHours.map((hours) => ({ ...hours })),
      descriptionSv: clinic.descriptionSv,
      descriptionEn: clinic.descriptionEn,
      active: clinic.active ?? true,
      createdAt,
    })),
  };
}
