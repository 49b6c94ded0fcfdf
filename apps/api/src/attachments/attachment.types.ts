import { IsString, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A file for a draft, base64-encoded; its content decides its type.' })
export class AddDraftAttachmentInput {
  @Field(() => ID)
  @IsUUID()
  draftId: string;

  @Field(() => String)
  @IsString()
  @Length(1, 200)
  fileName: string;

  @Field(() => String)
  @IsString()
  @Matches(/^[A-Za-z0-9+/]*={0,2}$/)
  contentBase64: string;
}
