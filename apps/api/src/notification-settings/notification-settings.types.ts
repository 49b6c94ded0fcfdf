import { IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { NotificationLocale } from '../notifications/notification-outbox.repository.ts';

export const NotificationLocaleEnum = { sv: 'sv', en: 'en' } as const satisfies Record<
  NotificationLocale,
  NotificationLocale
>;
registerEnumType(NotificationLocaleEnum, {
  name: 'NotificationLocale',
  description: 'The language a citizen’s notifications are written in.',
});

@ObjectType({
  description:
    'Where notifications that there is a new message go (never any content). In proxy mode: the child’s.',
})
export class NotificationSettings {
  @Field(() => ID, { description: 'Whose settings these are (me, or the child in proxy mode).' })
  personId: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Swedish mobile number in E.164 (+46701234567).',
  })
  mobile: string | null;

  @Field(() => Boolean)
  notifyByEmail: boolean;

  @Field(() => Boolean)
  notifyBySms: boolean;

  @Field(() => NotificationLocaleEnum, { description: 'Swedish until the citizen chooses.' })
  locale: NotificationLocale;

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

  @Field(() => NotificationLocaleEnum, {
    nullable: true,
    description: 'Absent: the stored language is kept.',
  })
  @IsOptional()
  @IsIn(Object.values(NotificationLocaleEnum))
  locale?: NotificationLocale | null;
}
