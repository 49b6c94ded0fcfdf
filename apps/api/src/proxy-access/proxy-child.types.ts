import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'A child under 13 the citizen may act for (ombud), as the register says.',
})
export class ProxyChild {
  @Field(() => ID)
  personId: string;

  @Field(() => String, { nullable: true, description: 'Null for a newborn without a name yet.' })
  givenName: string | null;

  @Field(() => String, { nullable: true })
  familyName: string | null;

  @Field(() => String, { description: 'Formatted YYYYMMDD-NNNN.' })
  personnummer: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  birthDate: string;

  @Field(() => String, {
    description: 'The 13th birthday (YYYY-MM-DD, Stockholm): the proxy ends that day.',
  })
  proxyEndsOn: string;
}
