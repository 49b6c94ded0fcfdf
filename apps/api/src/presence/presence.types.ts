import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { PresenceState } from './presence.policy.ts';

export const CasePresenceStateEnum = { LOOKING: 'LOOKING', WRITING: 'WRITING' } as const satisfies {
  [S in PresenceState]: S;
};
registerEnumType(CasePresenceStateEnum, {
  name: 'CasePresenceState',
  description: 'What a staff member does on an open case page: looking, or writing an answer.',
});

@ObjectType({
  description:
    'Another staff member who has the case open now: their name and title, never anything about the case or the patient.',
})
export class CasePresence {
  @Field(() => String)
  name: string;

  @Field(() => String)
  title: string;

  @Field(() => CasePresenceStateEnum)
  state: PresenceState;

  @Field(() => Date, { description: 'Since when they have been looking or writing.' })
  since: Date;
}
