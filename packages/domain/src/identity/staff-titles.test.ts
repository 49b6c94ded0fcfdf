import { describe, expect, it } from 'vitest';
import {
  englishStaffTitle,
  localizedStaffTitle,
  staffNameWithTitle,
  staffTitleIn,
} from './staff-titles.ts';

describe('staff titles', () => {
  it('names the common HSA titles in English', () => {
    expect(staffTitleIn('Sjuksköterska', 'en')).toBe('Nurse');
    expect(staffTitleIn('Distriktsläkare', 'en')).toBe('General practitioner');
    expect(staffTitleIn('Undersköterska', 'en')).toBe('Assistant nurse');
    expect(staffTitleIn('Medicinsk sekreterare', 'en')).toBe('Medical secretary');
    expect(staffTitleIn('ST-läkare', 'en')).toBe('Specialty registrar');
  });

  it('ignores case and extra white space', () => {
    expect(englishStaffTitle('  SJUKSKÖTERSKA ')).toBe('Nurse');
    expect(englishStaffTitle('medicinsk   Sekreterare')).toBe('Medical secretary');
    expect(englishStaffTitle('st-Läkare')).toBe('Specialty registrar');
  });

  it('keeps the HSA text when the title is unknown, in English as in Swedish', () => {
    expect(englishStaffTitle('Hälsopedagog')).toBeNull();
    expect(staffTitleIn('Hälsopedagog', 'en')).toBe('Hälsopedagog');
    expect(localizedStaffTitle(' Hälsopedagog ')).toEqual({
      sv: 'Hälsopedagog',
      en: 'Hälsopedagog',
    });
  });

  it('knows only its own titles, never a name of the object it keeps them in', () => {
    for (const text of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(englishStaffTitle(text), text).toBeNull();
      expect(staffTitleIn(text, 'en'), text).toBe(text);
    }
  });

  it('shows the HSA text itself in Swedish', () => {
    expect(staffTitleIn('sjuksköterska', 'sv')).toBe('sjuksköterska');
    expect(localizedStaffTitle('Barnmorska')).toEqual({ sv: 'Barnmorska', en: 'Midwife' });
  });
});

describe('staffNameWithTitle', () => {
  it('writes staff as "Given Family, Title", the title in English where the catalogue knows it', () => {
    expect(staffNameWithTitle({ givenName: 'Cora', familyName: 'Berg', title: 'Läkare' })).toEqual({
      sv: 'Cora Berg, Läkare',
      en: 'Cora Berg, Physician',
    });
    expect(
      staffNameWithTitle({ givenName: 'Cora', familyName: 'Berg', title: 'Hälsopedagog' }),
    ).toEqual({ sv: 'Cora Berg, Hälsopedagog', en: 'Cora Berg, Hälsopedagog' });
  });
});
