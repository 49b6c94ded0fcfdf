import { catalogueKeys } from '@etj/ui';
import { describe, expect, it } from 'vitest';
import { en } from './catalogue-en.ts';
import { sv } from './catalogue.ts';

describe('citizen catalogue', () => {
  it('English has every Swedish key', () => {
    expect(catalogueKeys(en)).toEqual(catalogueKeys(sv));
  });
});
