// A logged-in staff member asking for queue and work-list pages with the staff SPA's own
// documents (read from its source, so the bench follows the SPA when a query changes).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Browser } from '../../test/harness.ts';

const SPA = new URL('../../../staff/src/features/case-handling/', import.meta.url);

/** A `graphql(\`...\`)` document named `name` in the staff SPA's file `file`. */
function spaDocument(file: string, name: RegExp): string {
  const source = readFileSync(new URL(file, SPA), 'utf8');
  for (const match of source.matchAll(/graphql\(`([\s\S]*?)`\)/g))
    if (match[1] && name.test(match[1])) return match[1].trim();
  throw new Error(`no ${String(name)} in ${file}`);
}

const ROW = spaDocument('case-summary-fields.ts', /fragment StaffCaseRow\b/);
export const STAFF_CASE_QUEUE = `${spaDocument('use-case-queue.ts', /query StaffCaseQueue\b/)}\n${ROW}`;
export const STAFF_MY_ASSIGNED_CASES = `${spaDocument('use-my-assigned-cases.ts', /query StaffMyAssignedCases\b/)}\n${ROW}`;

export type StaffPage = { items: { id: string }[]; nextCursor: string | null };

export class StaffListClient {
  private constructor(private readonly browser: Browser) {}

  /** Logs in through the local test identity provider with the staff member's HSA id. */
  static async login(baseUrl: string, hsaId: string): Promise<StaffListClient> {
    const browser = new Browser(baseUrl, 'staff');
    await browser.login(hsaId);
    return new StaffListClient(browser);
  }

  /** One page of `caseQueue` or `myAssignedCases`; errors throw. */
  async page(query: string, variables: Record<string, unknown>): Promise<StaffPage> {
    const answer = await this.browser.graphql<Record<string, StaffPage>>(query, variables);
    const [page] = Object.values(answer.data ?? {});
    if (answer.errors?.length || !page)
      throw new Error(`the list answered ${JSON.stringify(answer.errors ?? answer)}`);
    return page;
  }

  /** Latencies in milliseconds of `count` sequential requests of the same page. */
  async measure(
    query: string,
    variables: Record<string, unknown>,
    count: number,
  ): Promise<number[]> {
    const latencies: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const start = performance.now();
      await this.page(query, variables);
      latencies.push(performance.now() - start);
    }
    return latencies;
  }
}
