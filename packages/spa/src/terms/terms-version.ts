import { TERMS_VERSIONS } from '@etj/domain';
import { type Surface } from '../routing/surface.ts';

/** The version of the terms the audience must have accepted now. */
export function currentTermsVersion(audience: Surface): string {
  return audience === 'citizen' ? TERMS_VERSIONS.CITIZEN : TERMS_VERSIONS.STAFF;
}
