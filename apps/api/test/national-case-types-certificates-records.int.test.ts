// The national types for certificates and medical record copies, proven through the API:
// requesting a certificate from the clinic's list and ordering a copy of the record.
import { describe, it } from 'vitest';
import {
  expectCodeAt,
  expectReady,
  expectRefused,
  form,
  OWN_CERTIFICATE_KINDS,
  problem,
  useNationalCaseTypesHarness,
  without,
} from './support/national-case-types.ts';

useNationalCaseTypesHarness();

describe('request a certificate', () => {
  const newCertificate = {
    certificateKind: 'driving-licence',
    requestType: 'new',
    message: 'För C-behörighet.',
  };
  const renewal = {
    certificateKind: 'taxi-licence',
    requestType: 'renewal',
    previousIssuer: 'Doktor Berg, Farsta vårdcentral',
    currentValidUntil: '2027-01-31',
  };

  it('passes a complete request for a new certificate and for a renewal', async () => {
    await expectReady(form('REQUEST_CERTIFICATE'), newCertificate);
    await expectReady(form('REQUEST_CERTIFICATE'), renewal);
  });

  it.each(['certificateKind', 'requestType'])('requires %s', async (key) => {
    await expectCodeAt(form('REQUEST_CERTIFICATE'), without(newCertificate, key), key, 'REQUIRED');
  });

  it('offers every kind on the national default list', async () => {
    for (const kind of ['driving-licence', 'taxi-licence', 'firearms-licence', 'other']) {
      await expectReady(form('REQUEST_CERTIFICATE'), { ...newCertificate, certificateKind: kind });
    }
  });

  it('refuses a kind that is not on the clinic’s list', async () => {
    await expectCodeAt(
      form('REQUEST_CERTIFICATE'),
      { ...newCertificate, certificateKind: 'diving' },
      'certificateKind',
      'NOT_AN_OPTION',
    );
  });

  it('offers exactly the kinds on a clinic’s own list', async () => {
    for (const { code } of OWN_CERTIFICATE_KINDS) {
      await expectReady(form('REQUEST_CERTIFICATE', 'tailored'), {
        ...newCertificate,
        certificateKind: code,
      });
    }
    for (const code of ['driving-licence', 'taxi-licence', 'firearms-licence', 'other']) {
      await expectCodeAt(
        form('REQUEST_CERTIFICATE', 'tailored'),
        { ...newCertificate, certificateKind: code },
        'certificateKind',
        'NOT_AN_OPTION',
      );
    }
  });

  it('refuses a request type other than new or renewal', async () => {
    await expectCodeAt(
      form('REQUEST_CERTIFICATE'),
      { ...newCertificate, requestType: 'extension' },
      'requestType',
      'NOT_AN_OPTION',
    );
  });

  it('on renewal requires the previous issuer and the current validity', async () => {
    await expectRefused(
      form('REQUEST_CERTIFICATE'),
      { certificateKind: 'taxi-licence', requestType: 'renewal' },
      problem('previousIssuer', 'REQUIRED'),
      problem('currentValidUntil', 'REQUIRED'),
    );
    await expectCodeAt(
      form('REQUEST_CERTIFICATE'),
      without(renewal, 'previousIssuer'),
      'previousIssuer',
      'REQUIRED',
    );
    await expectCodeAt(
      form('REQUEST_CERTIFICATE'),
      without(renewal, 'currentValidUntil'),
      'currentValidUntil',
      'REQUIRED',
    );
  });

  it('refuses the previous issuer and the validity for a new certificate', async () => {
    await expectCodeAt(
      form('REQUEST_CERTIFICATE'),
      { ...newCertificate, previousIssuer: 'Doktor Berg' },
      'previousIssuer',
      'NOT_ENABLED',
    );
    await expectCodeAt(
      form('REQUEST_CERTIFICATE'),
      { ...newCertificate, currentValidUntil: '2027-01-31' },
      'currentValidUntil',
      'NOT_ENABLED',
    );
  });
});

describe('order a copy of the medical record', () => {
  const everything = { scope: 'all', delivery: 'post', message: 'Gärna snart.' };
  const period = {
    scope: 'period',
    periodFrom: '2024-01-01',
    periodTo: '2024-12-31',
    delivery: 'pickup',
  };
  const care = { scope: 'care', careDescription: 'Behandlingen av min knäskada', delivery: 'post' };

  it('passes a complete order for everything, a period and particular care', async () => {
    await expectReady(form('ORDER_RECORD_COPY'), everything);
    await expectReady(form('ORDER_RECORD_COPY'), period);
    await expectReady(form('ORDER_RECORD_COPY'), care);
  });

  it.each(['scope', 'delivery'])('requires %s', async (key) => {
    await expectCodeAt(form('ORDER_RECORD_COPY'), without(everything, key), key, 'REQUIRED');
  });

  it('requires both dates of a period', async () => {
    await expectRefused(
      form('ORDER_RECORD_COPY'),
      { scope: 'period', delivery: 'post' },
      problem('periodFrom', 'REQUIRED'),
      problem('periodTo', 'REQUIRED'),
    );
    await expectCodeAt(
      form('ORDER_RECORD_COPY'),
      without(period, 'periodTo'),
      'periodTo',
      'REQUIRED',
    );
  });

  it('refuses a period date that does not exist', async () => {
    await expectCodeAt(
      form('ORDER_RECORD_COPY'),
      { ...period, periodFrom: '2024-13-01' },
      'periodFrom',
      'INVALID_DATE',
    );
  });

  it('requires a description of which care', async () => {
    await expectCodeAt(
      form('ORDER_RECORD_COPY'),
      without(care, 'careDescription'),
      'careDescription',
      'REQUIRED',
    );
  });

  it('refuses period dates and a care description when they do not apply', async () => {
    await expectRefused(
      form('ORDER_RECORD_COPY'),
      { ...everything, periodFrom: '2024-01-01', careDescription: 'Knät' },
      problem('periodFrom', 'NOT_ENABLED'),
      problem('careDescription', 'NOT_ENABLED'),
    );
    await expectCodeAt(
      form('ORDER_RECORD_COPY'),
      { ...period, careDescription: 'Knät' },
      'careDescription',
      'NOT_ENABLED',
    );
    await expectCodeAt(
      form('ORDER_RECORD_COPY'),
      { ...care, periodTo: '2024-12-31' },
      'periodTo',
      'NOT_ENABLED',
    );
  });

  it('delivers by letter or collection only, never by e-mail', async () => {
    await expectCodeAt(
      form('ORDER_RECORD_COPY'),
      { ...everything, delivery: 'email' },
      'delivery',
      'NOT_AN_OPTION',
    );
  });
});
