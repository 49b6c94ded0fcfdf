import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../clinics/clinic.types.ts';
import { NotificationLocaleEnum } from '../notification-settings/notification-settings.types.ts';
import type { NotificationLocale } from '../notifications/notification-outbox.repository.ts';
import {
  BODY_MAX,
  EMAIL_MAX,
  SERVICE_ANNOUNCEMENT_KINDS,
  SERVICE_SURFACES,
  TITLE_MAX,
  UPDATE_MAX,
  type ServiceAnnouncementKind,
  type ServiceSurface,
} from './service-status.policy.ts';

export const ServiceAnnouncementKindEnum = {
  DISTURBANCE: 'DISTURBANCE',
  MAINTENANCE: 'MAINTENANCE',
} as const satisfies Record<ServiceAnnouncementKind, ServiceAnnouncementKind>;
registerEnumType(ServiceAnnouncementKindEnum, {
  name: 'ServiceAnnouncementKind',
  description: 'A disturbance (driftstörning) or planned maintenance (planerat underhåll).',
});

export const ServiceSurfaceEnum = {
  CITIZEN: 'CITIZEN',
  STAFF: 'STAFF',
  NOTIFICATIONS: 'NOTIFICATIONS',
} as const satisfies Record<ServiceSurface, ServiceSurface>;
registerEnumType(ServiceSurfaceEnum, {
  name: 'ServiceSurface',
  description:
    'A part of the service: the citizen e-services, the staff e-services, notifications.',
});

@ObjectType({ description: 'An update of a driftstatus announcement.' })
export class ServiceAnnouncementUpdate {
  @Field(() => ID)
  id: string;

  @Field(() => LocalizedText)
  text: LocalizedText;

  @Field(() => Date)
  at: Date;
}

@ObjectType({
  description: 'Driftinformation: a disturbance or planned maintenance. About the service only.',
})
export class ServiceAnnouncement {
  @Field(() => ID)
  id: string;

  @Field(() => ServiceAnnouncementKindEnum)
  kind: ServiceAnnouncementKind;

  @Field(() => [ServiceSurfaceEnum])
  affected: ServiceSurface[];

  @Field(() => LocalizedText)
  title: LocalizedText;

  @Field(() => LocalizedText)
  body: LocalizedText;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null: until further notice.' })
  endsAt: Date | null;

  @Field(() => Date)
  publishedAt: Date;

  @Field(() => [ServiceAnnouncementUpdate], { description: 'Oldest first.' })
  updates: ServiceAnnouncementUpdate[];
}

@ObjectType({ description: 'What is in effect now and what is announced for later.' })
export class ServiceStatus {
  @Field(() => [ServiceAnnouncement], {
    description: 'In effect now: disturbances first, then the latest start.',
  })
  current: ServiceAnnouncement[];

  @Field(() => [ServiceAnnouncement], { description: 'Announced for later, soonest first.' })
  upcoming: ServiceAnnouncement[];
}

@InputType()
export class SubscribeToServiceStatusInput {
  @Field(() => String)
  @IsString()
  @MaxLength(EMAIL_MAX)
  email: string;

  @Field(() => NotificationLocaleEnum, { description: 'The language of the mails.' })
  @IsIn(['sv', 'en'])
  language: NotificationLocale;
}

@InputType()
export class PublishServiceAnnouncementInput {
  @Field(() => ServiceAnnouncementKindEnum)
  @IsIn(SERVICE_ANNOUNCEMENT_KINDS)
  kind: ServiceAnnouncementKind;

  @Field(() => [ServiceSurfaceEnum])
  @IsArray()
  @ArrayMaxSize(SERVICE_SURFACES.length)
  @IsIn(SERVICE_SURFACES, { each: true })
  affected: ServiceSurface[];

  @Field(() => String)
  @IsString()
  @MaxLength(TITLE_MAX * 2)
  titleSv: string;

  @Field(() => String)
  @IsString()
  @MaxLength(TITLE_MAX * 2)
  titleEn: string;

  @Field(() => String)
  @IsString()
  @MaxLength(BODY_MAX * 2)
  bodySv: string;

  @Field(() => String)
  @IsString()
  @MaxLength(BODY_MAX * 2)
  bodyEn: string;

  @Field(() => Date, { nullable: true, description: 'Null: now (a disturbance as it is found).' })
  @IsOptional()
  @IsDate()
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Null: until further notice.' })
  @IsOptional()
  @IsDate()
  endsAt?: Date | null;
}

@InputType({ description: 'An update, or the closing words when ending; both languages.' })
export class ServiceAnnouncementUpdateInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String)
  @IsString()
  @MaxLength(UPDATE_MAX * 2)
  textSv: string;

  @Field(() => String)
  @IsString()
  @MaxLength(UPDATE_MAX * 2)
  textEn: string;
}
