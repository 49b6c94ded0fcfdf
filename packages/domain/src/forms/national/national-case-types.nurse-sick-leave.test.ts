// The rules of the national types for asking the nurse and extending sick leave.
import { describe, expect, it } from 'vitest';
import { problems } from './national-case-types.test-support.ts';

describe('ask the nurse', () => {
  const answers = { question: 'Hur länge smittar jag?', hasFever: false, hasPain: false };

  it('requires the ready-made questions the clinic asks by default', () => {
    expect(problems('ASK_NURSE', { question: 'Hur länge smittar jag?' })).toEqual([
      { path: 'hasFever', code: 'REQUIRED' },
      { path: 'hasPain', code: 'REQUIRED' },
      { path: 'takesMedication', code: 'REQUIRED' },
      { path: 'duration', code: 'REQUIRED' },
    ]);
  });

  it('asks only the questions the clinic selected', () => {
    const options = { healthQuestions: ['fever', 'pain'] };
    expect(problems('ASK_NURSE', answers, options)).toEqual([]);
    expect(problems('ASK_NURSE', { ...answers, takesMedication: true }, options)).toEqual([
      { path: 'takesMedication', code: 'NOT_ENABLED' },
    ]);
  });

  it('follows up pain with intensity 0 to 10', () => {
    const options = { healthQuestions: ['pain'] };
    const base = { question: 'Q', hasPain: true, painLocation: 'Rygg' };
    expect(problems('ASK_NURSE', { ...base, painIntensity: 11 }, options)).toEqual([
      { path: 'painIntensity', code: 'TOO_LARGE', params: { max: 10 } },
    ]);
    expect(problems('ASK_NURSE', { ...base, hasPain: false, painIntensity: 3 }, options)).toEqual([
      { path: 'painLocation', code: 'NOT_ENABLED' },
      { path: 'painIntensity', code: 'NOT_ENABLED' },
    ]);
  });
});

describe('extend sick leave', () => {
  const valid = {
    currentEndDate: '2026-04-30',
    reason: 'awaiting-measure',
    awaitedMeasure: 'Höftledsoperation',
    extent: '100',
    description: 'Kan inte gå längre sträckor.',
  };

  it('accepts a request while waiting for hip surgery', () => {
    expect(problems('EXTEND_SICK_LEAVE', valid)).toEqual([]);
  });

  it('takes a current end date from 30 days back to 180 days ahead', () => {
    expect(problems('EXTEND_SICK_LEAVE', { ...valid, currentEndDate: '2026-02-08' })).toEqual([]);
    expect(problems('EXTEND_SICK_LEAVE', { ...valid, currentEndDate: '2019-05-31' })).toEqual([
      {
        path: 'currentEndDate',
        code: 'DATE_TOO_FAR_BACK',
        params: { earliest: '2026-02-08', days: 30 },
      },
    ]);
    expect(problems('EXTEND_SICK_LEAVE', { ...valid, currentEndDate: '2026-09-07' })).toEqual([
      {
        path: 'currentEndDate',
        code: 'DATE_TOO_FAR_AHEAD',
        params: { latest: '2026-09-06', days: 180 },
      },
    ]);
  });

  it('takes the date of an awaited measure from today on', () => {
    expect(problems('EXTEND_SICK_LEAVE', { ...valid, measureDate: '2026-03-10' })).toEqual([]);
    expect(problems('EXTEND_SICK_LEAVE', { ...valid, measureDate: '2026-03-01' })).toEqual([
      { path: 'measureDate', code: 'DATE_IN_PAST', params: { earliest: '2026-03-10' } },
    ]);
  });

  it('requires the measure when waiting for one, and a real end date', () => {
    expect(
      problems('EXTEND_SICK_LEAVE', { ...valid, awaitedMeasure: '', currentEndDate: '2026-02-30' }),
    ).toEqual([
      { path: 'currentEndDate', code: 'INVALID_DATE' },
      { path: 'awaitedMeasure', code: 'REQUIRED' },
    ]);
  });
});
