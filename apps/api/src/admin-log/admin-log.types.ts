import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { StaffRoleEnum, type StaffRole } from '../identity/identity.types.ts';
import { ADMIN_ACTIONS, type AdminAction } from './admin-log-write.repository.ts';

export const AdminActionEnum = Object.fromEntries(ADMIN_ACTIONS.map((a) => [a, a])) as Record<
  AdminAction,
  AdminAction
>;
registerEnumType(AdminActionEnum, { name: 'AdminAction' });

@ObjectType()
export class AdminLogEntry {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  occurredAt: Date;

  @Field(() => String, { description: 'Who did it; their HSA-id if no longer in the catalogue.' })
  staffName: string;

  @Field(() => String)
  staffHsaId: string;

  @Field(() => StaffRoleEnum, { description: 'The role they did it in.' })
  role: StaffRole;

  @Field(() => AdminActionEnum)
  action: AdminAction;

  @Field(() => String, { nullable: true, description: 'The case type, in Swedish.' })
  caseTypeNameSv: string | null;

  @Field(() => String, { nullable: true, description: 'The case type, in English.' })
  caseTypeNameEn: string | null;

  @Field(() => String, { nullable: true, description: 'Role changes: whose role.' })
  subjectName: string | null;

  @Field(() => StaffRoleEnum, { nullable: true, description: 'Role changes: which role.' })
  subjectRole: StaffRole | null;

  @Field(() => Boolean, { nullable: true, description: 'Switches: the state it was set to.' })
  enabled: boolean | null;
}

@ObjectType()
export class AdminLogPage {
  @Field(() => [AdminLogEntry], { description: 'Newest first.' })
  items: AdminLogEntry[];

  @Field(() => String, { nullable: true })
  nextCursor: string | null;
}
