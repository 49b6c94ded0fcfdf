import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ProxyChild } from '../proxy/proxy.types.ts';

export const STAFF_ROLES = [
  'CASE_RECEIVER',
  'CAREGIVER',
  'CLINIC_ADMIN',
  'AUDITOR',
  'REGION_ADMIN',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const StaffRoleEnum = Object.fromEntries(STAFF_ROLES.map((role) => [role, role])) as Record<
  StaffRole,
  StaffRole
>;
registerEnumType(StaffRoleEnum, { name: 'StaffRole' });

const UnitKindEnum = { CLINIC: 'CLINIC', REGION: 'REGION' } as const;
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

  @Field(() => String)
  regionName: string;

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
}
