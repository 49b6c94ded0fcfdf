import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'Where notifications that there is a new message go (never any content). In proxy mode: the child’s.',
})
export class NotificationSettings {
  @Field(() => ID, { description: 'Whose settings these are (me, or the child in proxy mode).' })
  personId: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Swedish mobile number, 07XXXXXXXX.' })
  mobile: string | null;

  @Field(() => Boolean)
  notifyByEmail: boolean;

  @Field(() => Boolean)
  notifyBySms: boolean;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;
}

@InputType()
export class SaveNotificationSettingsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 20)
  mobile?: string | null;

  @Field(() => Boolean)
  @IsBoolean()
  notifyByEmail: boolean;

  @Field(() => Boolean)
  @IsBoolean()
  notifyBySms: boolean;
}
