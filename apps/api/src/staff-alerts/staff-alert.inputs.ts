import { IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { NotificationLocale } from '../notifications/notification-outbox.repository.ts';
import { AlertLocaleEnum } from './staff-alert.types.ts';

@InputType()
export class SaveStaffAlertSettingsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 254)
  email?: string | null;

  @Field(() => AlertLocaleEnum)
  @IsIn(Object.values(AlertLocaleEnum))
  locale: NotificationLocale;

  @Field(() => Boolean)
  @IsBoolean()
  newCases: boolean;

  @Field(() => Boolean)
  @IsBoolean()
  assignedToMe: boolean;

  @Field(() => Boolean)
  @IsBoolean()
  citizenReplies: boolean;
}
