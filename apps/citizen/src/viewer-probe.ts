import { probeViewer } from '@etj/spa/probe';
import { type CitizenMeQuery } from './gql/graphql.ts';

/**
 * The CitizenMe query as Apollo Client sends it (with __typename below the root), as text: the
 * parsed documents would bring every operation into the first bundle. viewer-probe.test.ts pins
 * it to the document the app's viewer query uses.
 */
export const CITIZEN_ME_OPERATION = {
  operationName: 'CitizenMe',
  query:
    'query CitizenMe { citizenMe { id displayName personnummer mustAcceptTerms acceptedTermsVersion mayActAsGuardian actingFor { ...ProxyChildFields __typename } __typename } }\n' +
    'fragment ProxyChildFields on ProxyChild { personId givenName familyName personnummer birthDate proxyEndsOn __typename }',
};

/**
 * Who is logged in, asked the moment this module is evaluated: main imports it first, so the
 * request leaves before React and the rest of the bundle are evaluated.
 */
export const viewerProbe = probeViewer<CitizenMeQuery>({
  surface: 'citizen',
  operation: CITIZEN_ME_OPERATION,
});
