// The rules of the national types for renewing prescriptions and aids.
import { describe, expect, it } from 'vitest';
import { problems, validated } from './national-case-types.test-support.ts';

describe('renew prescription', () => {
  const medicines = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ name: `Läkemedel ${i + 1}`, strength: '10 mg' }));

  it('accepts 1 and 10 medicines, refuses 0 and 11', () => {
    expect(problems('RENEW_PRESCRIPTION', { medicines: medicines(1) })).toEqual([]);
    expect(problems('RENEW_PRESCRIPTION', { medicines: medicines(10) })).toEqual([]);
    expect(problems('RENEW_PRESCRIPTION', { medicines: medicines(11) })).toEqual([
      { path: 'medicines', code: 'TOO_MANY', params: { max: 10 } },
    ]);
    expect(problems('RENEW_PRESCRIPTION', { medicines: [] })).toEqual([
      { path: 'medicines', code: 'TOO_FEW', params: { min: 1 } },
    ]);
  });

  it('requires a name for each medicine, at its path', () => {
    const list = [...medicines(2), { strength: '5 mg' }];
    expect(problems('RENEW_PRESCRIPTION', { medicines: list })).toEqual([
      { path: 'medicines.2.name', code: 'REQUIRED' },
    ]);
  });

  it('takes further information only when the clinic allows it', () => {
    const answers = { medicines: medicines(1), furtherInformation: 'Reser bort' };
    expect(problems('RENEW_PRESCRIPTION', answers)).toEqual([]);
    expect(problems('RENEW_PRESCRIPTION', answers, { furtherInformation: false })).toEqual([
      { path: 'furtherInformation', code: 'NOT_ENABLED' },
    ]);
  });
});

describe('renew aids', () => {
  const aid = {
    category: 'stoma',
    productName: 'Stomipåse X',
    consumption: 2,
    consumptionPeriod: 'day',
    packages: 3,
  };
  const delivery = {
    recipientName: 'Bo Ek',
    address: 'Storgatan 1',
    postalCode: '111 22',
    town: 'Stockholm',
    phone: '070-1740605',
  };

  it('accepts 1 to 4 aids and refuses 0 and 5', () => {
    expect(problems('RENEW_AIDS', { aids: [aid] })).toEqual([]);
    expect(problems('RENEW_AIDS', { aids: [aid, aid, aid, aid] })).toEqual([]);
    expect(problems('RENEW_AIDS', { aids: [aid, aid, aid, aid, aid] })).toEqual([
      { path: 'aids', code: 'TOO_MANY', params: { max: 4 } },
    ]);
    expect(problems('RENEW_AIDS', {})).toEqual([
      { path: 'aids', code: 'TOO_FEW', params: { min: 1 } },
    ]);
  });

  it('requires product name, consumption and its period, and number of packages', () => {
    expect(problems('RENEW_AIDS', { aids: [aid, { category: 'other', size: 'L' }] })).toEqual([
      { path: 'aids.1.productName', code: 'REQUIRED' },
      { path: 'aids.1.consumption', code: 'REQUIRED' },
      { path: 'aids.1.consumptionPeriod', code: 'REQUIRED' },
      { path: 'aids.1.packages', code: 'REQUIRED' },
    ]);
  });

  it('takes a consumption below one a day as an amount per week or month', () => {
    const everyOtherDay = { ...aid, consumption: 15, consumptionPeriod: 'month' };
    expect(problems('RENEW_AIDS', { aids: [everyOtherDay] })).toEqual([]);
    expect(
      problems('RENEW_AIDS', { aids: [{ ...aid, consumption: 3, consumptionPeriod: 'week' }] }),
    ).toEqual([]);
    expect(
      problems('RENEW_AIDS', { aids: [{ ...aid, consumptionPeriod: 'every-other-day' }] }),
    ).toEqual([{ path: 'aids.0.consumptionPeriod', code: 'NOT_AN_OPTION' }]);
    expect(problems('RENEW_AIDS', { aids: [{ ...aid, consumption: 0 }] })).toEqual([
      { path: 'aids.0.consumption', code: 'TOO_SMALL', params: { min: 1 } },
    ]);
  });

  it('delivers to a named recipient at a street address, never a box address', () => {
    const aids = [{ ...aid, category: 'incontinence' }];
    expect(problems('RENEW_AIDS', { aids, delivery: { ...delivery, recipientName: '' } })).toEqual([
      { path: 'delivery.recipientName', code: 'REQUIRED' },
    ]);
    for (const box of ['Box 123', 'Box123', 'Postbox 12', 'Postfack 4', 'PL 1234', 'BOX 5']) {
      expect(problems('RENEW_AIDS', { aids, delivery: { ...delivery, address: box } })).toEqual([
        { path: 'delivery.address', code: 'BOX_ADDRESS' },
      ]);
    }
    for (const street of ['Boxholmsgatan 3', 'Plangatan 2, pl 3', 'Fackelvägen 7']) {
      expect(problems('RENEW_AIDS', { aids, delivery: { ...delivery, address: street } })).toEqual(
        [],
      );
    }
  });

  it('stores the delivery postcode and phone in one written form, refusing what is neither', () => {
    const aids = [{ ...aid, category: 'incontinence' }];
    const messy = { ...delivery, postalCode: 'SE-11122', phone: '070 - 174 06 05' };
    expect(validated('RENEW_AIDS', { aids, delivery: messy })).toMatchObject({
      ok: true,
      value: { delivery: { postalCode: '111 22', phone: '+46701740605' } },
    });
    expect(
      problems('RENEW_AIDS', { aids, delivery: { ...delivery, postalCode: '1112', phone: '070' } }),
    ).toEqual([
      { path: 'delivery.postalCode', code: 'INVALID_POSTAL_CODE' },
      { path: 'delivery.phone', code: 'INVALID_PHONE' },
    ]);
  });

  it('requires delivery details when any aid is an incontinence aid', () => {
    const aids = [aid, { ...aid, category: 'incontinence', size: 'M' }];
    expect(problems('RENEW_AIDS', { aids })).toEqual([
      { path: 'delivery.recipientName', code: 'REQUIRED' },
      { path: 'delivery.address', code: 'REQUIRED' },
      { path: 'delivery.postalCode', code: 'REQUIRED' },
      { path: 'delivery.town', code: 'REQUIRED' },
      { path: 'delivery.phone', code: 'REQUIRED' },
    ]);
    expect(problems('RENEW_AIDS', { aids, delivery, freeCardNumber: '12345' })).toEqual([]);
  });

  it('refuses delivery details when no aid is an incontinence aid', () => {
    expect(problems('RENEW_AIDS', { aids: [aid], delivery })).toEqual([
      { path: 'delivery', code: 'NOT_ENABLED' },
    ]);
  });
});
