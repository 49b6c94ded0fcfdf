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

/** Custody (vårdnad) as the register states it, one period per row. */
export type RegisterGuardianship = {
  guardianId: string;
  childId: string;
  custody: 'JOINT' | 'SOLE';
  validFrom: CalendarDate;
  validTo: CalendarDate | null;
};

/** The population register, an external national system behind this adapter. */
export type PopulationRegister = {
  findByIdentityNumber(identityNumber: string): Promise<RegisterPerson | null>;
  findById(personId: string): Promise<RegisterPerson | null>;
  /**
   * Every custody the person has or has had as guardian, ended ones included, each with the
   * child as the register describes them (one call).
   */
  guardianshipsOf(
    guardianId: string,
  ): Promise<(RegisterGuardianship & { child: RegisterPerson })[]>;
};
