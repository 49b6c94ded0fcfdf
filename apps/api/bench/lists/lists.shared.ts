// What the lists bench's parts share: its clock, page size and targets, and the shape of a
// measured set (one database, its API and its logged-in staff).
import type { QueuePageQuery } from '../../src/case-handling/case-list.repository.ts';
import type { BenchDatabase } from '../support/bench-database.ts';
import type { BenchApi } from '../support/bench-api.ts';
import type { StaffListClient } from '../support/staff-lists.ts';
import type { ListsData } from './lists.seed.ts';

/** The bench's "now" (the API's clock, frozen). */
export const NOW = new Date('2026-11-25T09:00:00Z');
/** Rows per page, as the staff SPA asks (QUEUE_PAGE_SIZE, WORK_LIST_PAGE_SIZE). */
export const PAGE = 25;
export const TARGET_RATIO = 1.5;
/**
 * Buffers a page may touch per row it shows, at either size. A page reads the same index
 * entries and rows at any size, but the large set's rows lie on more distinct heap pages (other
 * clinics' cases between them) than the small set's, which are packed a score to a page; so the
 * figure is not equal between sizes, but bounded by the page: a handful of index descents per
 * part, a heap page per row, a patient per row. A walk or sort of a clinic's cases (as before:
 * about 4,300 buffers at a million) cannot stay under it.
 */
export const BUFFERS_PER_ROW = 8;
/** What a page's access-log rows may add to its p50 through the API: they must not slow it. */
export const LOG_SHARE = 0.15;

export function at<T>(values: readonly T[], i: number): T {
  const value = values[i];
  if (value === undefined) throw new Error(`no entry ${i}`);
  return value;
}

export type Size = 'small' | 'large';
export type List = {
  name: string;
  query: string;
  variables: (set: Measured) => Record<string, unknown>;
};
export type Measured = {
  size: Size;
  db: BenchDatabase;
  data: ListsData;
  seedSeconds: number;
  api: BenchApi;
  receiver: StaffListClient;
  caregiver: StaffListClient;
  /** The cursor of the queue row `deep` (the same position at both sizes). */
  deepCursor: string;
  deepKey: QueuePageQuery['after'];
};
