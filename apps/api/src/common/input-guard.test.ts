import { parse, specifiedRules, validate, buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { findInputProblem, inputLiteralsRule, MAX_INPUT_DEPTH } from './input-guard.ts';

function nested(levels: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
}

describe('findInputProblem', () => {
  it('takes ordinary answers', () => {
    expect(
      findInputProblem({ input: { answers: { items: [{ name: 'Alvedon', dose: 2 }] } } }),
    ).toBe(null);
  });

  it('refuses nesting past the limit, however deep, without recursing', () => {
    expect(findInputProblem(nested(MAX_INPUT_DEPTH))).toBe(null);
    expect(findInputProblem(nested(MAX_INPUT_DEPTH + 1))).toBe('TOO_DEEP');
    expect(findInputProblem(nested(100_000))).toBe('TOO_DEEP');
  });

  it('refuses a NUL character in a value or a key', () => {
    expect(findInputProblem({ text: 'ont i\u0000 knät' })).toBe('NUL_CHARACTER');
    expect(findInputProblem({ answers: { 'a\u0000': 'x' } })).toBe('NUL_CHARACTER');
  });

  it('refuses a lone surrogate but takes emoji and other pairs', () => {
    expect(findInputProblem({ nameSv: '\udfff\ud800' })).toBe('ILL_FORMED_STRING');
    expect(findInputProblem({ nameSv: 'Förnya \ud83d' })).toBe('ILL_FORMED_STRING');
    expect(findInputProblem({ answers: { '\udc00': 'x' } })).toBe('ILL_FORMED_STRING');
    expect(findInputProblem({ nameSv: 'Recept 💊 𝔘 ü' })).toBe(null);
  });
});

describe('inputLiteralsRule', () => {
  const schema = buildSchema('type Query { search(text: String, list: [[[String]]]): String }');
  const errors = (query: string) =>
    validate(schema, parse(query), [...specifiedRules, inputLiteralsRule]).map(
      (e) => e.extensions.reason,
    );

  it('refuses a NUL character written in the document', () => {
    expect(errors('{ search(text: "v\\u0000rd") }')).toContain('NUL_CHARACTER');
    expect(errors('{ search(text: "vård") }')).toEqual([]);
  });

  it("leaves a lone surrogate written in the document to graphql's parser, which refuses it", () => {
    expect(() => parse('{ search(text: "x\\udfffy") }')).toThrow(/Invalid Unicode escape/);
    expect(() => parse('{ search(text: "x\udfffy") }')).toThrow(/Invalid character/);
    expect(errors('{ search(text: "\\ud83d\\ude00") }')).toEqual([]);
  });

  it('refuses literals nested past the limit', () => {
    const deep = `${'['.repeat(MAX_INPUT_DEPTH + 1)}"x"${']'.repeat(MAX_INPUT_DEPTH + 1)}`;
    expect(errors(`{ search(list: ${deep}) }`)).toContain('TOO_DEEP');
  });
});
