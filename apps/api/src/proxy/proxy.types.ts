import { IsString, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class AddProxyChildInput {
  @Field(() => String, { description: 'The child’s personnummer.' })
  @IsString()
  @Length(10, 13)
  personnummer: string;
}
