import { Arg, ID, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '../identity/access.ts';
import { Clinic, ClinicSummary } from './clinic.types.ts';
import type { ClinicService } from './clinic.service.ts';

@Resolver()
export class ClinicResolver {
  constructor(private readonly clinics: ClinicService) {}

  @Allow('CITIZEN')
  @Query(() => [ClinicSummary], { description: 'Active clinics by name or place.' })
  clinicSearch(
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ): Promise<ClinicSummary[]> {
    return this.clinics.search(text, first);
  }

  @Allow('CITIZEN')
  @Query(() => Clinic, { description: 'A clinic’s contact card.' })
  clinic(@Arg('id', () => ID) id: string): Promise<Clinic> {
    return this.clinics.card(id);
  }
}
