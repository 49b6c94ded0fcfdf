// The rules of the national types for requesting a certificate and ordering a medical record copy.
import { describe, expect, it } from 'vitest';
import { problems } from './national-case-types.test-support.ts';

describe('request certificate', () => {
  it('requires kind and new-or-renewal', () => {
    expect(problems('REQUEST_CERTIFICATE', {})).toEqual([
      { path: 'certificateKind', code: 'REQUIRED' },
      { path: 'requestType', code: 'REQUIRED' },
    ]);
    expect(
      problems('REQUEST_CERTIFICATE', { certificateKind: 'driving-licence', requestType: 'new' }),
    ).toEqual([]);
  });

  it('on renewal requires the previous issuer and the current validity', () => {
    const renewal = { certificateKind: 'driving-licence', requestType: 'renewal' };
    expect(problems('REQUEST_CERTIFICATE', renewal)).toEqual([
      { path: 'previousIssuer', code: 'REQUIRED' },
      { path: 'currentValidUntil', code: 'REQUIRED' },
    ]);
    const complete = { ...renewal, previousIssuer: 'Dr Berg', currentValidUntil: '2027-01-31' };
    expect(problems('REQUEST_CERTIFICATE', complete)).toEqual([]);
    expect(
      problems('REQUEST_CERTIFICATE', { ...complete, currentValidUntil: '2025-03-09' }),
    ).toEqual([
      {
        path: 'currentValidUntil',
        code: 'DATE_TOO_FAR_BACK',
        params: { earliest: '2025-03-10', days: 365 },
      },
    ]);
    expect(
      problems('REQUEST_CERTIFICATE', { ...complete, currentValidUntil: '2031-03-10' }),
    ).toEqual([
      {
        path: 'currentValidUntil',
        code: 'DATE_TOO_FAR_AHEAD',
        params: { latest: '2031-03-09', days: 1825 },
      },
    ]);
  });

  it('offers only the certificate kinds on the clinic list', () => {
    const options = { certificateKinds: [{ code: 'diving', display: { sv: 'Dykarintyg' } }] };
    const answers = { certificateKind: 'driving-licence', requestType: 'new' };
    expect(problems('REQUEST_CERTIFICATE', answers, options)).toEqual([
      { path: 'certificateKind', code: 'NOT_AN_OPTION' },
    ]);
    expect(
      problems('REQUEST_CERTIFICATE', { ...answers, certificateKind: 'diving' }, options),
    ).toEqual([]);
  });
});

describe('order a record copy', () => {
  const period = {
    scope: 'period',
    periodFrom: '2024-01-01',
    periodTo: '2024-12-31',
    delivery: 'post',
  };

  it('refuses a period that ends before it starts, or lies in the future', () => {
    expect(problems('ORDER_RECORD_COPY', period)).toEqual([]);
    expect(problems('ORDER_RECORD_COPY', { ...period, periodTo: '2026-03-10' })).toEqual([]);
    expect(problems('ORDER_RECORD_COPY', { ...period, periodTo: '2023-12-31' })).toEqual([
      {
        path: 'periodTo',
        code: 'DATE_BEFORE_ANSWER',
        params: { earliest: '2024-01-01', question: 'periodFrom' },
      },
    ]);
    expect(
      problems('ORDER_RECORD_COPY', {
        ...period,
        periodFrom: '2026-03-11',
        periodTo: '2026-04-01',
      }),
    ).toEqual([
      { path: 'periodFrom', code: 'DATE_IN_FUTURE', params: { latest: '2026-03-10' } },
      { path: 'periodTo', code: 'DATE_IN_FUTURE', params: { latest: '2026-03-10' } },
    ]);
  });

  it('needs the period dates when a period is chosen, and how to receive it', () => {
    expect(problems('ORDER_RECORD_COPY', { scope: 'period' })).toEqual([
      { path: 'periodFrom', code: 'REQUIRED' },
      { path: 'periodTo', code: 'REQUIRED' },
      { path: 'delivery', code: 'REQUIRED' },
    ]);
    expect(problems('ORDER_RECORD_COPY', { scope: 'all', delivery: 'email' })).toEqual([
      { path: 'delivery', code: 'NOT_AN_OPTION' },
    ]);
  });

  it('asks which care only when particular care is chosen', () => {
    expect(
      problems('ORDER_RECORD_COPY', { scope: 'all', delivery: 'post', careDescription: 'x' }),
    ).toEqual([{ path: 'careDescription', code: 'NOT_ENABLED' }]);
    expect(
      problems('ORDER_RECORD_COPY', { scope: 'care', delivery: 'pickup', careDescription: 'Knä' }),
    ).toEqual([]);
  });
});
