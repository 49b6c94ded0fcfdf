import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../calendar/calendar-date.ts';
import { mutators } from './answer-mutators.generator.ts';
import { buildAnswerValidator } from './answer-validator.ts';
import { generateAnswers, generateClinicOptions, generateDefinition } from './answers.generator.ts';
import type { FormDefinition } from './form-definition.ts';
import { parseFormDefinition } from './form-definition.schema.ts';
import { CASE_TYPE_KINDS, NATIONAL_CASE_TYPES } from './national/national-case-types.ts';

const applied = new Map<string, number>();

/** Any day this century (but its last years, which offsets would leave): rules must hold on any. */
const randomToday = (g: fc.GeneratorValue) =>
  g(() =>
    fc
      .date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10) as CalendarDate),
  );

/**
 * The properties, for one fixed definition or (`undefined`) a fresh random one per run.
 * `endOnFailure`: shrinking whole generated forms ran out of memory; the first counterexample
 * is printed as is.
 */
function properties(fixed: FormDefinition | undefined, numRuns: number) {
  const definitionFor = (g: fc.GeneratorValue) => {
    if (fixed) return fixed;
    const random = generateDefinition(g);
    expect(parseFormDefinition(random)).toMatchObject({ ok: true });
    return random;
  };

  it('accepts every generated valid answer set, unchanged', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const definition = definitionFor(g);
        const options = generateClinicOptions(g, definition);
        const today = randomToday(g);
        const { answers } = generateAnswers(g, definition, options, today);
        expect(buildAnswerValidator(definition, options).validate(answers, { today })).toEqual({
          ok: true,
          value: answers,
        });
      }),
      { numRuns, endOnFailure: true },
    );
  });

  for (const [rule, mutate] of Object.entries(mutators)) {
    it(`refuses with exactly that rule's code and path after: ${rule}`, () => {
      fc.assert(
        fc.property(fc.gen(), (g) => {
          const definition = definitionFor(g);
          const options = generateClinicOptions(g, definition);
          const today = randomToday(g);
          const generated = generateAnswers(g, definition, options, today);
          const mutation = mutate(g, { options, generated, today }, definition);
          if (!mutation) return;
          applied.set(rule, (applied.get(rule) ?? 0) + 1);
          const result = buildAnswerValidator(definition, options).validate(mutation.answers, {
            today,
          });
          expect(result).toEqual({ ok: false, problems: [mutation.expected] });
        }),
        { numRuns, endOnFailure: true },
      );
    });
  }
}

describe.each(CASE_TYPE_KINDS.map((kind) => [kind, NATIONAL_CASE_TYPES[kind].definition] as const))(
  'property: national %s',
  (_kind, definition) => {
    properties(definition, 100);
  },
);

describe('property: random definitions', () => {
  properties(undefined, 300);
});

describe('property coverage', () => {
  it('applied every mutation many times across the definitions', () => {
    for (const rule of Object.keys(mutators)) expect(applied.get(rule) ?? 0).toBeGreaterThan(50);
  });
});
