import { CitizenClinicDocument, CitizenClinicSearchDocument } from '../../gql/graphql.ts';

/** Farsta vårdcentral's contact card as the API answers it, with one closed case type. */
export function clinicAnswer() {
  return {
    request: { query: CitizenClinicDocument, variables: { id: 'clinic-farsta' } },
    result: {
      data: {
        clinic: {
          __typename: 'Clinic' as const,
          id: 'clinic-farsta',
          name: 'Farsta vårdcentral',
          kind: 'Vårdcentral',
          street: 'Farstagången 6',
          postcode: '123 47',
          city: 'Farsta',
          phone: '08-123 456 00',
          email: null,
          regionName: 'Region Stockholm',
          description: {
            __typename: 'LocalizedText' as const,
            sv: 'Vi finns mitt i Farsta centrum.',
            en: null,
          },
          openingHours: [
            {
              __typename: 'OpeningHours' as const,
              days: 'mon-fri',
              opens: '08:00',
              closes: '17:00',
            },
            { __typename: 'OpeningHours' as const, days: 'sat', opens: '10:00', closes: '14:00' },
          ],
          caseTypes: [
            {
              __typename: 'ClinicCaseTypeCard' as const,
              id: 'type-renew',
              kind: 'RENEW_PRESCRIPTION',
              name: {
                __typename: 'LocalizedText' as const,
                sv: 'Förnya recept',
                en: 'Renew a prescription',
              },
              closed: false,
              closedUntil: null,
              notice: null,
              expectedResponseDays: 3,
              availableForProxy: true,
            },
            {
              __typename: 'ClinicCaseTypeCard' as const,
              id: 'type-book',
              kind: 'REQUEST_APPOINTMENT',
              name: {
                __typename: 'LocalizedText' as const,
                sv: 'Beställa tid',
                en: 'Request an appointment',
              },
              closed: true,
              closedUntil: '2027-01-06',
              notice: {
                __typename: 'LocalizedText' as const,
                sv: 'Stängt över helgerna.',
                en: 'Closed over the holidays.',
              },
              expectedResponseDays: 2,
              availableForProxy: true,
            },
          ],
        },
      },
    },
  };
}

export function clinicSearchAnswer(text: string) {
  return {
    request: { query: CitizenClinicSearchDocument, variables: { text, first: 30 } },
    result: {
      data: {
        clinicSearch: [
          {
            __typename: 'ClinicSummary' as const,
            id: 'clinic-farsta',
            name: 'Farsta vårdcentral',
            kind: 'Vårdcentral',
            city: 'Farsta',
            municipality: 'Stockholm',
            regionName: 'Region Stockholm',
          },
        ],
      },
    },
  };
}
