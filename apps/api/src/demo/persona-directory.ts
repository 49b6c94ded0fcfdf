import { PERSONAS } from '@etj/db/personas';
import { formatIdentityNumber } from '@etj/domain';
import type { TestPersona } from '../adapters/e-identification/local-test-idp.ts';
import type { DemoRepository } from './demo.repository.ts';

/** The seeded personas as the local test identity provider lists them. */
export function personaDirectory(repository: DemoRepository): () => Promise<TestPersona[]> {
  return async () => {
    const numbers = await repository.identityNumbers(
      PERSONAS.flatMap((p) => (p.actor === 'citizen' ? [p.personId] : [])),
    );
    return PERSONAS.flatMap((p): TestPersona[] => {
      if (p.actor === 'staff') {
        return [
          {
            audience: 'staff',
            subject: p.hsaId,
            name: p.displayName,
            descriptionSv: `${p.title}. ${p.descriptionSv}`,
            descriptionEn: `${p.title}. ${p.descriptionEn}`,
          },
        ];
      }
      const number = numbers.get(p.personId);
      if (!number) return [];
      return [
        {
          audience: 'citizen',
          subject: /^\d{12}$/.test(number) ? formatIdentityNumber(number) : number,
          name: p.displayName,
          descriptionSv: p.descriptionSv,
          descriptionEn: p.descriptionEn,
        },
      ];
    });
  };
}
