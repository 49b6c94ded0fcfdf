import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { StaffRoleEnum, type StaffRole } from '../identity/identity.types.ts';

@ObjectType({
  description: 'A staff member with an HSA assignment at the clinic, and their roles here.',
})
export class ClinicStaffMember {
  @Field(() => ID, { description: 'The assignment (medarbetaruppdrag) at this clinic.' })
  assignmentId: string;

  @Field(() => ID)
  staffMemberId: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  hsaId: string;

  @Field(() => [StaffRoleEnum])
  roles: StaffRole[];

  @Field(() => String, { description: 'YYYY-MM-DD, from the HSA catalogue.' })
  validFrom: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null: until further notice.' })
  validTo: string | null;

  @Field(() => Boolean, { description: 'The viewer themself.' })
  isViewer: boolean;
}

@InputType()
export class SetClinicStaffRolesInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field(() => [StaffRoleEnum], {
    description: 'Every role the staff member shall hold at the clinic; the rest are revoked.',
  })
  @IsArray()
  @ArrayMaxSize(10)
  roles: StaffRole[];
}
