import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  API_ERROR_CODES,
  CLINIC_ROLE_REFUSALS,
  CONFLICT_REASONS,
  FORBIDDEN_REASONS,
  INPUT_REFUSAL_REASONS,
  LOGIN_REFUSAL_CODES,
  UNAUTHENTICATED_REASONS,
} from '@etj/domain/api-codes';
import { FIELD_PROBLEM_CODES } from '@etj/domain/field-problem-codes';

// The API's error helpers take the closed sets of @etj/domain/api-codes, so it cannot send a code
// outside them (typecheck). This is the other half: every code listed there is sent from the
// folder it is listed for, so the SPAs never word a code that nothing sends.

const src = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function sourcesUnder(folder: string, except: readonly string[] = []): string {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !except.includes(file))
    .map((file) => readFileSync(path.join(folder, file), 'utf8'))
    .join('\n');
}

const everywhere = sourcesUnder(src);
/** The form rules the API runs on every answer (not the file that lists their codes). */
const formRules = sourcesUnder(path.join(src, '../../../packages/domain/src/forms'), [
  'form-problems.ts',
]);
/** Whether the code is written in `source` as a string literal or as ApiErrorCode.CODE. */
const sends = (source: string, code: string) =>
  source.includes(`'${code}'`) || source.includes(`ApiErrorCode.${code}`);
const unsent = (codes: readonly string[], source = everywhere) =>
  codes.filter((code) => !sends(source, code));

describe('the codes of @etj/domain/api-codes', () => {
  it('are all sent by the API', () => {
    expect(unsent(API_ERROR_CODES)).toEqual([]);
    expect(unsent(UNAUTHENTICATED_REASONS)).toEqual([]);
    expect(unsent(FORBIDDEN_REASONS)).toEqual([]);
    expect(unsent(INPUT_REFUSAL_REASONS)).toEqual([]);
    expect(unsent(LOGIN_REFUSAL_CODES)).toEqual([]);
  });

  it.each(Object.entries(CONFLICT_REASONS))(
    'lists only the CONFLICT reasons %s sends',
    (feature, reasons) => {
      expect(unsent(reasons, sourcesUnder(path.join(src, feature)))).toEqual([]);
    },
  );

  it('lists only the role refusals clinic-roles sends', () => {
    expect(unsent(CLINIC_ROLE_REFUSALS, sourcesUnder(path.join(src, 'clinic-roles')))).toEqual([]);
  });

  it('lists only field problem codes the API or the form rules it runs send', () => {
    expect(unsent(FIELD_PROBLEM_CODES, `${everywhere}\n${formRules}`)).toEqual([]);
  });

  it('has a CONFLICT list for every folder that throws one', () => {
    const throwing = readdirSync(src, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .filter((folder) => /\bconflict\(|Conflict\('/.test(sourcesUnder(path.join(src, folder))))
      .filter((folder) => folder !== 'common');
    expect(throwing.sort()).toEqual(Object.keys(CONFLICT_REASONS).sort());
  });
});
