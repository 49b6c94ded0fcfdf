import { checkEveryDefinition } from '@etj/domain/forms/definition.generator';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { builderState, toDefinition } from './builder-definition.ts';

/** The first path at which two JSON-like values differ, or null when they are equal. */
function firstDifference(saved: unknown, original: unknown, path = 'definition'): string | null {
  if (isDeepStrictEqual(saved, original)) return null;
  if (typeof saved !== 'object' || typeof original !== 'object' || !saved || !original) {
    return `${path}: ${JSON.stringify(saved)} instead of ${JSON.stringify(original)}`;
  }
  const keys = new Set([...Object.keys(saved), ...Object.keys(original)]);
  for (const key of keys) {
    const found = firstDifference(
      (saved as Record<string, unknown>)[key],
      (original as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (found) return found;
  }
  return `${path}: differs`;
}

describe('the builder state of a definition', () => {
  it('gives back every valid definition unchanged when nothing is edited', () => {
    checkEveryDefinition((definition) => {
      const stored = JSON.parse(JSON.stringify(definition)) as Record<string, unknown>;
      const saved = toDefinition(builderState(definition.title, stored), stored);
      const difference = firstDifference(saved, definition);
      // A short message: the counterexample itself is printed by fast-check.
      if (difference) throw new Error(`lost in the round trip: ${difference}`);
    }, 300);
  });

  it('notices a dropped attribute', () => {
    expect(firstDifference({ a: [{ b: 1 }] }, { a: [{ b: 1, c: 2 }] })).toBe(
      'definition.a.0.c: undefined instead of 2',
    );
  });
});
