import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '@etj/domain';
import { AppError } from '../common/errors.ts';
import { accessLogQuery, decodeLogCursor, encodeLogCursor } from './access-log.rules.ts';

const fieldsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.extensions.fields;
    throw error;
  }
  return undefined;
};

describe('access-log search', () => {
  it('normalises a personnummer to twelve digits and trims the HSA-id', () => {
    const check = String(luhnCheckDigit('800404238'));
    expect(
      accessLogQuery(
        { patientIdentityNumber: `800404-238${check}`, staffHsaId: ' SE1 ', from: '2026-03-29' },
        50,
      ),
    ).toEqual({
      staffHsaId: 'SE1',
      patientIdentityNumber: `19800404238${check}`,
      from: '2026-03-29',
      to: null,
    });
  });

  it('reports every problem at once', () => {
    expect(
      fieldsOf(() =>
        accessLogQuery({ patientIdentityNumber: '800404-0000', from: '2026-02-29' }, 0),
      ),
    ).toEqual([
      { path: 'first', code: 'OUT_OF_RANGE', params: { min: 1, max: 100 } },
      { path: 'filter.patientIdentityNumber', code: 'IDENTITY_NUMBER_INVALID' },
      { path: 'filter.from', code: 'INVALID_DATE' },
    ]);
    expect(fieldsOf(() => accessLogQuery({ from: '2026-03-02', to: '2026-03-01' }, 1))).toEqual([
      { path: 'filter.to', code: 'BEFORE_START' },
    ]);
    expect(accessLogQuery({ from: '2026-03-01', to: '2026-03-01' }, 1).to).toBe('2026-03-01');
  });

  it('round-trips its cursor and refuses forged ones', () => {
    const key = { occurredAt: new Date('2026-03-29T21:59:59.123Z'), id: '42' };
    expect(decodeLogCursor(encodeLogCursor(key))).toEqual(key);
    const forged = Buffer.from(JSON.stringify({ t: key.occurredAt, id: '1; DROP' })).toString(
      'base64url',
    );
    expect(fieldsOf(() => decodeLogCursor(forged))).toEqual([
      { path: 'after', code: 'INVALID_CURSOR' },
    ]);
    expect(fieldsOf(() => decodeLogCursor('%%%'))).toEqual([
      { path: 'after', code: 'INVALID_CURSOR' },
    ]);
  });
});
