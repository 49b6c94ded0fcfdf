// The national types for asking the nurse and extending sick leave, proven through the API,
// including the ready-made health questions a clinic selects.
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

describe('ask the nurse', () => {
  const complete = {
    question: 'Jag har haft ont i halsen i tre dagar.',
    hasFever: true,
    temperature: '38,5',
    hasPain: true,
    painLocation: 'Halsen',
    painIntensity: 4,
    takesMedication: true,
    medications: 'Alvedon',
    duration: '1-3-days',
  };
  const noes = {
    question: 'Jag har haft ont i halsen i tre dagar.',
    hasFever: false,
    hasPain: false,
    takesMedication: false,
    duration: 'under-1-day',
  };

  it('passes a complete form with the questions asked by default', async () => {
    await expectReady(form('ASK_NURSE'), complete);
  });

  it('takes “no” as an answer and leaves the follow-ups optional', async () => {
    await expectReady(form('ASK_NURSE'), noes);
    await expectReady(form('ASK_NURSE'), { ...noes, hasFever: true, hasPain: true });
  });

  it('requires the question', async () => {
    await expectCodeAt(form('ASK_NURSE'), without(complete, 'question'), 'question', 'REQUIRED');
  });

  it.each(['hasFever', 'hasPain', 'takesMedication', 'duration'])(
    'requires the ready-made question %s, which the clinic asks by default',
    async (key) => {
      await expectCodeAt(form('ASK_NURSE'), without(noes, key), key, 'REQUIRED');
    },
  );

  it('refuses an answer to allergies, which the clinic does not ask by default', async () => {
    await expectCodeAt(
      form('ASK_NURSE'),
      { ...noes, hasAllergies: true },
      'hasAllergies',
      'NOT_ENABLED',
    );
  });

  it('asks a follow-up only after a “yes”', async () => {
    await expectRefused(
      form('ASK_NURSE'),
      { ...noes, temperature: '39', painLocation: 'Huvudet', painIntensity: 3, medications: 'X' },
      problem('temperature', 'NOT_ENABLED'),
      problem('painLocation', 'NOT_ENABLED'),
      problem('painIntensity', 'NOT_ENABLED'),
      problem('medications', 'NOT_ENABLED'),
    );
  });

  it('takes pain intensity from 0 to 10', async () => {
    await expectReady(form('ASK_NURSE'), { ...complete, painIntensity: 0 });
    await expectReady(form('ASK_NURSE'), { ...complete, painIntensity: 10 });
    await expectCodeAt(
      form('ASK_NURSE'),
      { ...complete, painIntensity: 11 },
      'painIntensity',
      'TOO_LARGE',
      { max: 10 },
    );
    await expectCodeAt(
      form('ASK_NURSE'),
      { ...complete, painIntensity: -1 },
      'painIntensity',
      'TOO_SMALL',
      { min: 0 },
    );
  });

  it('refuses a duration it does not offer', async () => {
    await expectCodeAt(
      form('ASK_NURSE'),
      { ...noes, duration: 'years' },
      'duration',
      'NOT_AN_OPTION',
    );
  });

  describe('at a clinic that asks about pain and allergies only', () => {
    const selected = {
      question: 'Kan jag ta penicillin?',
      hasPain: false,
      hasAllergies: true,
      allergies: 'Pollen',
    };

    it('passes a complete form with only the selected questions', async () => {
      await expectReady(form('ASK_NURSE', 'tailored'), selected);
    });

    it.each(['hasPain', 'hasAllergies'])('requires the selected question %s', async (key) => {
      const noes = { question: 'Kan jag ta penicillin?', hasPain: false, hasAllergies: false };
      await expectCodeAt(form('ASK_NURSE', 'tailored'), without(noes, key), key, 'REQUIRED');
    });

    it('refuses answers to the questions it did not select', async () => {
      await expectRefused(
        form('ASK_NURSE', 'tailored'),
        { ...selected, hasFever: false, takesMedication: false, duration: '1-4-weeks' },
        problem('hasFever', 'NOT_ENABLED'),
        problem('takesMedication', 'NOT_ENABLED'),
        problem('duration', 'NOT_ENABLED'),
      );
    });

    it('refuses the follow-up of a question it did not select', async () => {
      await expectCodeAt(
        form('ASK_NURSE', 'tailored'),
        { ...selected, temperature: '39' },
        'temperature',
        'NOT_ENABLED',
      );
    });
  });

  describe('at a clinic that selected no ready-made questions', () => {
    it('passes with the question alone', async () => {
      await expectReady(form('ASK_NURSE', 'noReadyMadeQuestions'), {
        question: 'Hur länge smittar vattkoppor?',
      });
    });

    it('refuses an answer to any ready-made question', async () => {
      await expectCodeAt(
        form('ASK_NURSE', 'noReadyMadeQuestions'),
        { question: 'Hur länge smittar vattkoppor?', hasPain: true },
        'hasPain',
        'NOT_ENABLED',
      );
    });
  });
});

describe('extend sick leave', () => {
  const awaiting = {
    currentEndDate: '2026-12-06',
    reason: 'awaiting-measure',
    awaitedMeasure: 'Höftledsoperation',
    measureDate: '2027-01-15',
    extent: '50',
    description: 'Jag kan inte stå eller gå längre stunder.',
  };
  const notRecovered = {
    currentEndDate: '2026-12-06',
    reason: 'not-recovered',
    extent: '100',
    description: 'Jag är fortfarande mycket trött.',
  };

  it('passes a complete request while waiting for a measure, and one without', async () => {
    await expectReady(form('EXTEND_SICK_LEAVE'), awaiting);
    await expectReady(form('EXTEND_SICK_LEAVE'), notRecovered);
    await expectReady(form('EXTEND_SICK_LEAVE'), { ...notRecovered, reason: 'other' });
  });

  it.each(['currentEndDate', 'reason', 'extent', 'description'])('requires %s', async (key) => {
    await expectCodeAt(form('EXTEND_SICK_LEAVE'), without(notRecovered, key), key, 'REQUIRED');
  });

  it('requires the awaited measure, but not its date, when waiting for one', async () => {
    await expectCodeAt(
      form('EXTEND_SICK_LEAVE'),
      without(awaiting, 'awaitedMeasure'),
      'awaitedMeasure',
      'REQUIRED',
    );
    await expectReady(form('EXTEND_SICK_LEAVE'), without(awaiting, 'measureDate'));
  });

  it('refuses the measure and its date when not waiting for one', async () => {
    await expectRefused(
      form('EXTEND_SICK_LEAVE'),
      { ...notRecovered, awaitedMeasure: 'Operation', measureDate: '2027-01-15' },
      problem('awaitedMeasure', 'NOT_ENABLED'),
      problem('measureDate', 'NOT_ENABLED'),
    );
  });

  it('takes the extent in quarters only', async () => {
    for (const extent of ['100', '75', '50', '25']) {
      await expectReady(form('EXTEND_SICK_LEAVE'), { ...notRecovered, extent });
    }
    await expectCodeAt(
      form('EXTEND_SICK_LEAVE'),
      { ...notRecovered, extent: '60' },
      'extent',
      'NOT_AN_OPTION',
    );
  });

  it('refuses an end date that does not exist', async () => {
    await expectCodeAt(
      form('EXTEND_SICK_LEAVE'),
      { ...notRecovered, currentEndDate: '2026-11-31' },
      'currentEndDate',
      'INVALID_DATE',
    );
  });
});
