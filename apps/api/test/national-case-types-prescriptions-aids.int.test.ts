// The national types for renewing prescriptions and aids, proven through the API: the bounds on
// the repeated medicines and aids and the delivery details of incontinence aids.
import { describe, it } from 'vitest';
import {
  expectCodeAt,
  expectReady,
  expectRefused,
  form,
  problem,
  useNationalCaseTypesHarness,
  without,
} from './support/national-case-types.ts';

useNationalCaseTypesHarness();

describe('renew a prescription', () => {
  const medicine = (name: string) => ({ name, strength: '10 mg', dosage: '1 tablett morgon' });
  const medicines = (count: number) =>
    Array.from({ length: count }, (_, i) => medicine(`Medicin ${i + 1}`));

  it('passes a complete request with further information', async () => {
    await expectReady(form('RENEW_PRESCRIPTION'), {
      medicines: [medicine('Levaxin'), { name: 'Alvedon' }],
      furtherInformation: 'Jag reser bort i januari.',
    });
  });

  it('takes 1 to 10 medicines', async () => {
    await expectReady(form('RENEW_PRESCRIPTION'), { medicines: medicines(1) });
    await expectReady(form('RENEW_PRESCRIPTION'), { medicines: medicines(10) });
  });

  it('refuses an eleventh medicine', async () => {
    await expectCodeAt(
      form('RENEW_PRESCRIPTION'),
      { medicines: medicines(11) },
      'medicines',
      'TOO_MANY',
      { max: 10 },
    );
  });

  it('needs at least one medicine', async () => {
    await expectCodeAt(form('RENEW_PRESCRIPTION'), { medicines: [] }, 'medicines', 'TOO_FEW', {
      min: 1,
    });
    await expectCodeAt(form('RENEW_PRESCRIPTION'), {}, 'medicines', 'TOO_FEW', { min: 1 });
  });

  it('requires a name for each medicine, at its path', async () => {
    await expectCodeAt(
      form('RENEW_PRESCRIPTION'),
      { medicines: [medicine('Levaxin'), { strength: '5 mg' }] },
      'medicines.1.name',
      'REQUIRED',
    );
  });

  it('refuses further information where the clinic has switched it off', async () => {
    await expectCodeAt(
      form('RENEW_PRESCRIPTION', 'tailored'),
      { medicines: medicines(1), furtherInformation: 'Jag reser bort.' },
      'furtherInformation',
      'NOT_ENABLED',
    );
    await expectReady(form('RENEW_PRESCRIPTION', 'tailored'), { medicines: medicines(2) });
  });
});

describe('renew aids', () => {
  const aid = (category: string, productName = 'TENA Flex Maxi') => ({
    category,
    productName,
    size: 'M',
    consumption: 4,
    consumptionPeriod: 'day',
    packages: 3,
  });
  const delivery = {
    recipientName: 'Anna Svensson',
    address: 'Storgatan 1',
    postalCode: '123 45',
    town: 'Farsta',
    phone: '070-123 45 67',
    doorCode: '1234',
    deliveryNote: 'Ställ vid dörren.',
  };

  it('passes a complete request for incontinence aids with delivery details', async () => {
    await expectReady(form('RENEW_AIDS'), {
      aids: [aid('incontinence')],
      delivery,
      freeCardNumber: 'FK-12345',
      otherInformation: 'Samma som förra gången.',
    });
  });

  it('passes a request for other aids without delivery details or free card', async () => {
    await expectReady(form('RENEW_AIDS'), {
      aids: [aid('diabetes', 'FreeStyle Libre 2'), aid('compression', 'Jobst')],
    });
  });

  it('takes 1 to 4 aids', async () => {
    await expectReady(form('RENEW_AIDS'), { aids: [aid('stoma')] });
    await expectReady(form('RENEW_AIDS'), { aids: Array.from({ length: 4 }, () => aid('other')) });
  });

  it('refuses a fifth aid', async () => {
    await expectCodeAt(
      form('RENEW_AIDS'),
      { aids: Array.from({ length: 5 }, () => aid('other')) },
      'aids',
      'TOO_MANY',
      { max: 4 },
    );
  });

  it('needs at least one aid', async () => {
    await expectCodeAt(form('RENEW_AIDS'), { aids: [] }, 'aids', 'TOO_FEW', { min: 1 });
  });

  it.each(['category', 'productName', 'consumption', 'consumptionPeriod', 'packages'])(
    'requires %s of each aid, at its path',
    async (key) => {
      await expectCodeAt(
        form('RENEW_AIDS'),
        { aids: [aid('stoma'), without(aid('other'), key)] },
        `aids.1.${key}`,
        'REQUIRED',
      );
    },
  );

  it('leaves the size optional', async () => {
    await expectReady(form('RENEW_AIDS'), { aids: [without(aid('stoma'), 'size')] });
  });

  it('keeps consumption and packages within their bounds', async () => {
    await expectCodeAt(
      form('RENEW_AIDS'),
      { aids: [{ ...aid('stoma'), consumption: 0 }] },
      'aids.0.consumption',
      'TOO_SMALL',
      { min: 1 },
    );
    await expectCodeAt(
      form('RENEW_AIDS'),
      { aids: [{ ...aid('stoma'), packages: 100 }] },
      'aids.0.packages',
      'TOO_LARGE',
      { max: 99 },
    );
    await expectCodeAt(
      form('RENEW_AIDS'),
      { aids: [{ ...aid('stoma'), packages: '2,5' }] },
      'aids.0.packages',
      'NOT_AN_INTEGER',
    );
  });

  it('requires the delivery details when any aid is an incontinence aid', async () => {
    await expectRefused(
      form('RENEW_AIDS'),
      { aids: [aid('stoma'), aid('incontinence')] },
      problem('delivery.recipientName', 'REQUIRED'),
      problem('delivery.address', 'REQUIRED'),
      problem('delivery.postalCode', 'REQUIRED'),
      problem('delivery.town', 'REQUIRED'),
      problem('delivery.phone', 'REQUIRED'),
    );
  });

  it.each(['recipientName', 'address', 'postalCode', 'town', 'phone'])(
    'requires the delivery %s for incontinence aids',
    async (key) => {
      await expectCodeAt(
        form('RENEW_AIDS'),
        { aids: [aid('incontinence')], delivery: without(delivery, key) },
        `delivery.${key}`,
        'REQUIRED',
      );
    },
  );

  it('leaves the door code and the note for the carrier optional', async () => {
    await expectReady(form('RENEW_AIDS'), {
      aids: [aid('incontinence')],
      delivery: without(without(delivery, 'doorCode'), 'deliveryNote'),
    });
  });

  it('refuses delivery details when no aid is an incontinence aid', async () => {
    await expectCodeAt(
      form('RENEW_AIDS'),
      { aids: [aid('stoma'), aid('diabetes')], delivery },
      'delivery',
      'NOT_ENABLED',
    );
  });
});
