// A logged-in citizen asking for the first page of the inbox, with the citizen SPA's own query
// (read from its source, so the bench follows the SPA when the query changes).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Browser } from '../../test/harness.ts';

const SPA_INBOX_HOOK = new URL('../../../citizen/src/features/inbox/use-inbox.ts', import.meta.url);
/** Entries per page in the SPA (INBOX_PAGE_SIZE there). */
const PAGE_SIZE = 20;

/** The `CitizenInbox` document exactly as the citizen SPA sends it. */
export function citizenInboxQuery(): string {
  const source = readFileSync(SPA_INBOX_HOOK, 'utf8');
  const match = /graphql\(`(\s*query CitizenInbox\(.*?)`\)/s.exec(source);
  if (!match?.[1]) throw new Error(`no CitizenInbox query found in ${SPA_INBOX_HOOK.pathname}`);
  return match[1].trim();
}

export class CitizenInboxClient {
  private readonly query = citizenInboxQuery();

  private constructor(private readonly browser: Browser) {}

  /** Logs in through the local test identity provider, as the harness's Browser does. */
  static async login(baseUrl: string, personnummer: string): Promise<CitizenInboxClient> {
    const browser = new Browser(baseUrl, 'citizen');
    await browser.login(personnummer);
    // A failed login shows here: the first page answers UNAUTHENTICATED and throws.
    const client = new CitizenInboxClient(browser);
    const items = await client.fetchPage();
    if (items === 0) throw new Error('the measured citizen has an empty inbox');
    return client;
  }

  /** One inbox request; answers how many items came back (errors throw). */
  async fetchPage(): Promise<number> {
    const answer = await this.browser.graphql<{ inboxCases: { items: unknown[] } }>(this.query, {
      folder: 'INBOX',
      first: PAGE_SIZE,
    });
    if (answer.errors?.length || !answer.data)
      throw new Error(`inbox answered ${JSON.stringify(answer.errors ?? answer)}`);
    return answer.data.inboxCases.items.length;
  }

  /** Latencies in milliseconds of `count` sequential requests. */
  async measure(count: number): Promise<number[]> {
    const latencies: number[] = [];
    for (let i = 0; i < count; i += 1) latencies.push(await this.timed());
    return latencies;
  }

  /** Sequential requests until `done` settles (at least `minimum` of them). */
  async measureWhile(done: Promise<unknown>, minimum: number): Promise<number[]> {
    const state = { finished: false };
    const settle = () => {
      state.finished = true;
    };
    done.then(settle, settle);
    const latencies: number[] = [];
    while (!state.finished || latencies.length < minimum) latencies.push(await this.timed());
    return latencies;
  }

  private async timed(): Promise<number> {
    const start = performance.now();
    await this.fetchPage();
    return performance.now() - start;
  }
}
