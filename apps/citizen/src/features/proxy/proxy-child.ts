import { type ProxyChildFieldsFragment } from '../../gql/graphql.ts';

export type ProxyChild = ProxyChildFieldsFragment;

/** The child's full name, or null for a newborn without a name yet. */
export function childFullName(child: ProxyChild): string | null {
  const name = [child.givenName, child.familyName].filter(Boolean).join(' ');
  return name === '' ? null : name;
}

/** What to call the child in short ("Agera för Noah"): the given name, else the personnummer. */
export function childShortName(child: ProxyChild): string {
  return child.givenName ?? child.personnummer;
}

/** The last day of the proxy: the day before the 13th birthday (`YYYY-MM-DD` both). */
export function lastProxyDay(proxyEndsOn: string): string {
  const [year, month, day] = proxyEndsOn.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) - 1));
  return date.toISOString().slice(0, 10);
}
