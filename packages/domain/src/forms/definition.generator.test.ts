import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateFormDefinition } from './definition.generator.ts';
import type { FormItem } from './form-definition.ts';
import { parseFormDefinition } from './form-definition.schema.ts';

/** Every key used anywhere in the definition's items, clinic options and top level. */
function keysIn(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const entry of node) keysIn(entry, into);
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      into.add(key);
      keysIn(value, into);
    }
  }
  return into;
}

describe('the definition generator', () => {
  it('makes definitions the schema accepts', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const definition = generateFormDefinition(g);
        expect(parseFormDefinition(definition)).toEqual({ ok: true, value: definition });
      }),
      { numRuns: 300, endOnFailure: true },
    );
  });

  it('uses every attribute of the format across a few hundred definitions', () => {
    const seen = new Set<string>();
    const types = new Set<FormItem['type']>();
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const definition = generateFormDefinition(g);
        keysIn(definition, seen);
        const walk = (items: FormItem[]) => {
          for (const item of items) {
            types.add(item.type);
            if (item.type === 'group') walk(item.items);
          }
        };
        walk(definition.items);
      }),
      { numRuns: 300, seed: 1, endOnFailure: true },
    );
    expect([...seen].sort()).toEqual(
      [
        'answer',
        'answerOptions',
        'answerOptionsFrom',
        'choices',
        'clinicOption',
        'clinicOptions',
        'code',
        'dateRules',
        'days',
        'default',
        'description',
        'display',
        'en',
        'enableBehavior',
        'enableWhen',
        'format',
        'formatVersion',
        'hint',
        'includes',
        'items',
        'key',
        'kind',
        'label',
        'limit',
        'linkId',
        'maxLength',
        'maxOccurs',
        'maxSelected',
        'maxValue',
        'minOccurs',
        'minSelected',
        'minValue',
        'operator',
        'option',
        'question',
        'relativeTo',
        'repeats',
        'required',
        'sv',
        'text',
        'title',
        'type',
        'version',
      ].sort(),
    );
    expect(types.size).toBe(9);
  });
});
