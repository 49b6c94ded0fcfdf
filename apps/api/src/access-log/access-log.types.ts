import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { ACCESS_ACTIONS, type AccessAction } from '@etj/domain/access-log-words';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { StaffRoleEnum, type StaffRole } from '../identity/identity.types.ts';

export const AccessActionEnum = Object.fromEntries(
  ACCESS_ACTIONS.map((action) => [action, action]),
) as Record<AccessAction, AccessAction>;
registerEnumType(AccessActionEnum, {
  name: 'AccessAction',
  description: 'What a staff member did with a case, as the access log records it.',
});

@InputType({ description: 'Search the clinic’s access log; every field narrows.' })
export class AccessLogFilter {
  @Field(() => String, { nullable: true, description: 'The staff member’s HSA-id.' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  staffHsaId?: string | null;

  @Field(() => String, { nullable: true, description: 'The patient’s personnummer.' })
  @IsOptional()
  @IsString()
  @Length(10, 13)
  patientIdentityNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD (Stockholm).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD (Stockholm).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  to?: string | null;
}

@ObjectType({ description: 'One staff access to patient data. Never any case content.' })
export class AccessLogEntryView {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  occurredAt: Date;

  @Field(() => String)
  staffName: string;

  @Field(() => String)
  staffHsaId: string;

  @Field(() => StaffRoleEnum)
  role: StaffRole;

  @Field(() => AccessActionEnum)
  action: AccessAction;

  @Field(() => String, { nullable: true })
  caseReference: string | null;

  @Field(() => String, { nullable: true })
  patientName: string | null;

  @Field(() => String, { nullable: true })
  patientIdentityNumber: string | null;
}

@ObjectType()
export class AccessLogPage {
  @Field(() => [AccessLogEntryView], { description: 'Newest first.' })
  items: AccessLogEntryView[];

  @Field(() => String, { nullable: true })
  nextCursor: string | null;
}
