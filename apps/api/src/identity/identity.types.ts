import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { STAFF_ROLES, type StaffRole } from '../common/staff-role.ts';
import { ProxyChild } from '../proxy-access/proxy-child.types.ts';

export { STAFF_ROLES, type StaffRole };

export const StaffRoleEnum = Object.fromEntries(STAFF_ROLES.map((role) => [role, role])) as Record<
  StaffRole,
  StaffRole
>;
registerEnumType(StaffRoleEnum, { name: 'StaffRole' });

const UnitKindEnum = { CLINIC: 'CLINIC', REGION: 'REGION', NATIONAL: 'NATIONAL' } as const;
export type UnitKind = keyof typeof UnitKindEnum;
registerEnumType(UnitKindEnum, { name: 'UnitKind' });

@ObjectType()
export class SessionStatus {
  @Field(() => Date)
  now: Date;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Date)
  warnAt: Date;

  @Field(() => String, {
    description:
      'Names this session and no other, opaquely (a hash of its id, nothing about the person): a page that sees it change is no longer in the session it started in.',
  })
  handle: string;
}

@ObjectType()
export class CitizenViewer {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  givenName: string | null;

  @Field(() => String, { nullable: true })
  familyName: string | null;

  @Field(() => String)
  displayName: string;

  @Field(() => String, { description: 'Formatted YYYYMMDD-NNNN' })
  personnummer: string;

  @Field(() => Boolean)
  mustAcceptTerms: boolean;

  @Field(() => String, { nullable: true })
  acceptedTermsVersion: string | null;

  @Field(() => SessionStatus)
  session: SessionStatus;

  @Field(() => ProxyChild, {
    nullable: true,
    description: 'Proxy mode: the child this session acts for; null when acting for oneself.',
  })
  actingFor: ProxyChild | null;

  @Field(() => Boolean, {
    description: 'Old enough (13) to act as proxy for own children; the list is offered only then.',
  })
  mayActAsGuardian: boolean;
}

@ObjectType()
export class StaffUnit {
  @Field(() => ID)
  id: string;

  @Field(() => UnitKindEnum)
  kind: UnitKind;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true, description: 'Null for a national assignment.' })
  regionName: string | null;

  @Field(() => [StaffRoleEnum])
  roles: StaffRole[];
}

@ObjectType()
export class StaffViewer {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  hsaId: string;

  @Field(() => String)
  displayName: string;

  @Field(() => String)
  title: string;

  @Field(() => Boolean)
  mustAcceptTerms: boolean;

  @Field(() => String, { nullable: true })
  acceptedTermsVersion: string | null;

  @Field(() => StaffUnit, { nullable: true })
  currentUnit: StaffUnit | null;

  @Field(() => [StaffUnit])
  units: StaffUnit[];

  @Field(() => SessionStatus)
  session: SessionStatus;

  @Field(() => Boolean, {
    description: 'Case receiver at the chosen clinic: the incoming queue and assigning.',
  })
  mayReceiveCases: boolean;

  @Field(() => Boolean, {
    description: 'Caregiver at the chosen clinic: the work list of cases assigned to them.',
  })
  mayCareForCases: boolean;

  @Field(() => Boolean, { description: "Auditor at the chosen clinic: the clinic's access log." })
  mayAudit: boolean;

  @Field(() => Boolean, {
    description: 'Administrator of the chosen clinic: its case types and standard answers.',
  })
  mayAdministerClinic: boolean;

  @Field(() => Boolean, {
    description: "Administrator of the chosen region: the region's offering of case types.",
  })
  mayAdministerRegion: boolean;

  @Field(() => Boolean, {
    description: 'National service administrator: driftstatus, support and national figures.',
  })
  mayAdministerService: boolean;
}
