import { catalogueKeys } from '@etj/ui';
import { describe, expect, it } from 'vitest';
import { en, sv } from './catalogue.ts';

describe('staff catalogue', () => {
  it('English has every Swedish key', () => {
    expect(catalogueKeys(en)).toEqual(catalogueKeys(sv));
  });
});
