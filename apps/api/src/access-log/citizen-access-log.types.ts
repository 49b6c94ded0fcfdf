import { Field, ID, ObjectType } from 'type-graphql';
import type { AccessAction } from '@etj/domain/access-log-words';
import { StaffRoleEnum, type StaffRole } from '../identity/identity.types.ts';
import { AccessActionEnum } from './access-log.types.ts';

@ObjectType({
  description:
    'One staff access to my case, as the patient sees it: when, where, in which role, who and what. Never a staff member’s internal id.',
})
export class CitizenAccessLogEntry {
  @Field(() => ID, { description: 'The entry (opaque); for list keys only.' })
  id: string;

  @Field(() => Date)
  occurredAt: Date;

  @Field(() => String, { nullable: true, description: 'The clinic the staff member worked at.' })
  clinicName: string | null;

  @Field(() => StaffRoleEnum)
  role: StaffRole;

  @Field(() => String)
  staffName: string;

  @Field(() => String, { nullable: true, description: 'Professional title, e.g. Sjuksköterska.' })
  staffTitle: string | null;

  @Field(() => AccessActionEnum)
  action: AccessAction;
}

@ObjectType()
export class CitizenAccessLogPage {
  @Field(() => [CitizenAccessLogEntry], { description: 'Newest first.' })
  items: CitizenAccessLogEntry[];

  @Field(() => String, { nullable: true })
  nextCursor: string | null;
}
