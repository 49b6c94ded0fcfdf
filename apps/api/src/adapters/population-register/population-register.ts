import type { CalendarDate, IdentityNumberKind } from '@etj/domain';

/** A person as the population register (folkbokföringen) describes them. */
export type RegisterPerson = {
  id: string;
  identityNumber: string;
  identityNumberKind: IdentityNumberKind;
  birthDate: CalendarDate;
  givenName: string | null;
  familyName: string | null;
  protectedIdentity: boolean;
  deceasedOn: CalendarDate | null;
};

/** The population register, an external national system behind this adapter. */
export type PopulationRegister = {
  findByIdentityNumber(identityNumber: string): Promise<RegisterPerson | null>;
  findById(personId: string): Promise<RegisterPerson | null>;
};
