import { notFound } from '../common/errors.ts';
import type { Clock } from '../common/clock.ts';
import type { Clinic, ClinicSummary, LocalizedText, OpeningHours } from './clinic.types.ts';
import { isClosedOn, searchWords } from './clinic.policy.ts';
import type { ClinicRepository } from './clinic.repository.ts';

const MAX_RESULTS = 50;

/** Finding a clinic and reading its contact card. */
export class ClinicService {
  constructor(
    private readonly repository: ClinicRepository,
    private readonly clock: Clock,
  ) {}

  async search(text: string, first: number): Promise<ClinicSummary[]> {
    const words = searchWords(text);
    if (words.length === 0) return [];
    return this.repository.search(words, Math.min(Math.max(first, 1), MAX_RESULTS));
  }

  async card(id: string): Promise<Clinic> {
    const row = await this.repository.findCard(id);
    if (!row) throw notFound();
    const today = this.clock.today();
    return {
      ...row,
      openingHours: Array.isArray(row.openingHours) ? (row.openingHours as OpeningHours[]) : [],
      description: text(row.descriptionSv, row.descriptionEn),
      caseTypes: row.caseTypes.map((t) => ({
        id: t.caseTypeId,
        kind: t.kind,
        name: { sv: t.nameSv, en: t.nameEn },
        availableForProxy: t.availableForProxy,
        attachmentsAllowed: t.attachmentsAllowed,
        expectedResponseDays: t.expectedResponseDays,
        notice: text(t.noticeSv, t.noticeEn),
        closed: isClosedOn(t.closedFrom, t.closedTo, today),
        closedUntil: t.closedTo,
      })),
    };
  }
}

function text(sv: string | null, en: string | null): LocalizedText | null {
  return sv ? { sv, en } : null;
}
