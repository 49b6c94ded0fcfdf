import { isConflict } from '@etj/spa';

/** Whether the API refused because the case type is not adapted for proxy (proxy mode only). */
export function isNotForProxy(error: unknown): boolean {
  return isConflict(error, 'NOT_AVAILABLE_FOR_PROXY');
}
