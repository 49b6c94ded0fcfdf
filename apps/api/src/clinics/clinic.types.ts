import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CaseTypeKindEnum, type CaseTypeKind } from './case-type-kind.types.ts';

/** A text in Swedish, with English alongside where someone wrote it. */
@ObjectType()
export class LocalizedText {
  @Field(() => String)
  sv: string;

  @Field(() => String, { nullable: true })
  en: string | null;
}

@ObjectType()
export class OpeningHours {
  @Field(() => String, { description: 'mon-sun or a range such as mon-fri' })
  days: string;

  @Field(() => String, { description: 'HH:MM' })
  opens: string;

  @Field(() => String, { description: 'HH:MM' })
  closes: string;
}

@ObjectType({ description: 'A clinic in a search result.' })
export class ClinicSummary {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'What kind of clinic, in Swedish (vårdcentral, BVC, ...).' })
  kind: string;

  @Field(() => String)
  city: string;

  @Field(() => String)
  municipality: string;

  @Field(() => String)
  regionName: string;
}

@ObjectType({ description: 'A case type as the clinic offers it on its contact card.' })
export class ClinicCaseTypeCard {
  @Field(() => ID, { description: 'The case type.' })
  id: string;

  @Field(() => CaseTypeKindEnum)
  kind: CaseTypeKind;

  @Field(() => LocalizedText)
  name: LocalizedText;

  @Field(() => Boolean, { description: 'False: guardians acting as proxy see a padlock.' })
  availableForProxy: boolean;

  @Field(() => Boolean)
  attachmentsAllowed: boolean;

  @Field(() => Int)
  expectedResponseDays: number;

  @Field(() => LocalizedText, {
    nullable: true,
    description: 'A temporary notice, e.g. over the holidays.',
  })
  notice: LocalizedText | null;

  @Field(() => Boolean, { description: 'Temporarily closed today.' })
  closed: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Last day of a temporary closure (YYYY-MM-DD).',
  })
  closedUntil: string | null;
}

@ObjectType({ description: 'A clinic’s contact card (kontaktkort).' })
export class Clinic {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  hsaId: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  kind: string;

  @Field(() => String)
  street: string;

  @Field(() => String)
  postcode: string;

  @Field(() => String)
  city: string;

  @Field(() => String)
  municipality: string;

  @Field(() => String)
  regionName: string;

  @Field(() => String)
  phone: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => [OpeningHours])
  openingHours: OpeningHours[];

  @Field(() => LocalizedText, { nullable: true })
  description: LocalizedText | null;

  @Field(() => [ClinicCaseTypeCard], {
    description: 'The case types the clinic has activated, in its order.',
  })
  caseTypes: ClinicCaseTypeCard[];
}
