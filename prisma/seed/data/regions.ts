// The regions in the demo. Only regions with a landline range the telecom regulator (PTS)
// reserves for fiction are included, so every clinic phone number is fictional:
// 08-465 004 00–99 (Stockholm), 031-390 06 00–99 (Göteborg), 0980-319 200–299 (Kiruna).
// HSA-ids are fictional; like DOMAIN.md's example they all share the prefix SE2321000016.

export type RegionData = {
  key: string;
  /** Two-digit county code (länskod). */
  code: string;
  name: string;
  hsaId: string;
  /** Staff e-mail domain, always under example.com. */
  emailDomain: string;
};

export const REGIONS = [
  {
    key: 'stockholm',
    code: '01',
    name: 'Region Stockholm',
    hsaId: 'SE2321000016-0001',
    emailDomain: 'regionstockholm.example.com',
  },
  {
    key: 'vastra-gotaland',
    code: '14',
    name: 'Västra Götalandsregionen',
    hsaId: 'SE2321000016-0014',
    emailDomain: 'vgregion.example.com',
  },
  {
    key: 'norrbotten',
    code: '25',
    name: 'Region Norrbotten',
    hsaId: 'SE2321000016-0025',
    emailDomain: 'norrbotten.example.com',
  },
] as const satisfies readonly RegionData[];

export type RegionKey = (typeof REGIONS)[number]['key'];
