import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { NotificationLocale } from '../notifications/notification-outbox.repository.ts';

export const AlertLocaleEnum = { sv: 'sv', en: 'en' } as const satisfies Record<
  NotificationLocale,
  NotificationLocale
>;
registerEnumType(AlertLocaleEnum, {
  name: 'AlertLocale',
  description: 'The language of the alert e-mails.',
});

@ObjectType({
  description:
    'My own e-mail alerts (never any content): address and language, and for the clinic chosen in this session the switches that apply to my roles there.',
})
export class StaffAlertSettings {
  @Field(() => ID, {
    nullable: true,
    description: 'The clinic the switches are for; null in a region session (no switches apply).',
  })
  clinicId: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => AlertLocaleEnum)
  locale: NotificationLocale;

  @Field(() => Boolean, { description: 'New cases in the clinic queue (case receivers).' })
  newCases: boolean;

  @Field(() => Boolean, { description: 'A case was assigned to me (caregivers).' })
  assignedToMe: boolean;

  @Field(() => Boolean, { description: 'A citizen answered my counter-question (caregivers).' })
  citizenReplies: boolean;

  @Field(() => Boolean, { description: 'I am a case receiver at this clinic.' })
  mayAlertNewCases: boolean;

  @Field(() => Boolean, { description: 'I am a caregiver at this clinic.' })
  mayAlertAssignments: boolean;

  @Field(() => Boolean, { description: 'I am a caregiver at this clinic.' })
  mayAlertReplies: boolean;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;
}
