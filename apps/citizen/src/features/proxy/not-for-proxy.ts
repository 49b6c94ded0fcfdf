import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** Whether the API refused because the case type is not adapted for proxy (proxy mode only). */
export function isNotForProxy(error: unknown): boolean {
  if (!CombinedGraphQLErrors.is(error)) return false;
  const extensions = error.errors[0]?.extensions;
  return extensions?.['code'] === 'CONFLICT' && extensions['reason'] === 'NOT_AVAILABLE_FOR_PROXY';
}
