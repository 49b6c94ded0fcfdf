// Open-loop load on the cluster: operations start at a fixed rate whatever the answers do, one
// in ten (or as asked) a write, the rest reads, spread over logged-in citizens. A read is the
// citizen SPA's inbox page; a write is a draft saved and sent with an idempotency key. Every
// HTTP attempt is recorded with when it started and ended and what came back.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { citizenInboxQuery } from '../../bench/support/citizen-inbox.ts';
import type { Browser } from '../harness.ts';

const SAVE = 'mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }';
const SUBMIT = 'mutation($input: SubmitCaseInput!) { submitCase(input: $input) { caseId } }';
const ANSWERS = { medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }] };
const INBOX = citizenInboxQuery();

export type Attempt = {
  op: 'read' | 'save' | 'submit';
  startedAt: number;
  endedAt: number;
  /** The HTTP status, or what went wrong before one arrived. */
  status: number | 'network' | 'timeout';
  /** The first GraphQL error code, if any. */
  code?: string;
  /** The first GraphQL error's extensions, for a failure's message. */
  detail?: string;
  retryAfter: string | null;
  ok: boolean;
};

export type Submission = {
  /** The citizen who saved the draft and sends it. */
  citizen: Browser;
  key: string;
  draftId?: string;
  caseId?: string;
  /** True when the API answered the send with a case (the client saw the acknowledgement). */
  acknowledged: boolean;
};

export type LoadOptions = {
  seconds: number;
  /** Operations started per second. */
  rate: number;
  /** Every n-th operation is a write (10: 10 % writes). */
  writeEvery: number;
  /**
   * Whether a write that failed is tried again (a new draft; the send with the same key) until
   * it is acknowledged, as the SPA's retry does; without, one failure is one failed operation.
   */
  retryWrites: boolean;
  /** Longest wait for one answer (a hang shows as `timeout`). */
  timeoutMs?: number;
};

export type OrgForLoad = { clinicId: string; caseTypeId: string };

export class Load {
  readonly attempts: Attempt[] = [];
  readonly submissions: Submission[] = [];

  constructor(
    private readonly citizens: Browser[],
    private readonly org: OrgForLoad,
  ) {}

  async run(options: LoadOptions): Promise<void> {
    const started = Date.now();
    const end = started + options.seconds * 1000;
    const interval = 1000 / options.rate;
    const running: Promise<void>[] = [];
    for (let i = 0; ; i += 1) {
      const due = started + i * interval;
      if (due >= end) break;
      const wait = due - Date.now();
      if (wait > 0) await sleep(wait);
      const citizen = this.citizens[i % this.citizens.length];
      if (!citizen) throw new Error('no citizens');
      running.push(
        i % options.writeEvery === options.writeEvery - 1
          ? this.write(citizen, options)
          : this.read(citizen, options).then(() => undefined),
      );
    }
    await Promise.all(running);
  }

  private async read(citizen: Browser, options: LoadOptions): Promise<Attempt> {
    return this.attempt(citizen, 'read', INBOX, { folder: 'INBOX', first: 20 }, options);
  }

  /** Saves a draft and sends it; with retries, until acknowledged (or a minute has passed). */
  private async write(citizen: Browser, options: LoadOptions): Promise<void> {
    const submission: Submission = { citizen, key: randomUUID(), acknowledged: false };
    this.submissions.push(submission);
    const giveUpAt = Date.now() + 60_000;
    while (!submission.draftId) {
      const saved = await this.attempt(
        citizen,
        'save',
        SAVE,
        {
          input: { clinicId: this.org.clinicId, caseTypeId: this.org.caseTypeId, answers: ANSWERS },
        },
        options,
      );
      submission.draftId = (saved.data as { saveCaseDraft?: { id: string } } | undefined)
        ?.saveCaseDraft?.id;
      if (submission.draftId) break;
      if (!options.retryWrites || Date.now() > giveUpAt) return;
      await sleep(250);
    }
    for (;;) {
      const sent = await this.send(submission, options);
      if (sent) return;
      if (!options.retryWrites || Date.now() > giveUpAt) return;
      await sleep(250);
    }
  }

  /** Sends the submission's draft with its key; true when a case came back. */
  async send(submission: Submission, options: Pick<LoadOptions, 'timeoutMs'>): Promise<boolean> {
    const sent = await this.attempt(
      submission.citizen,
      'submit',
      SUBMIT,
      { input: { draftId: submission.draftId, idempotencyKey: submission.key } },
      options,
    );
    const caseId = (sent.data as { submitCase?: { caseId: string } } | undefined)?.submitCase
      ?.caseId;
    if (!caseId) return false;
    if (submission.caseId && submission.caseId !== caseId)
      throw new Error(`submission ${submission.key} answered two cases`);
    submission.caseId = caseId;
    submission.acknowledged = true;
    return true;
  }

  private async attempt(
    citizen: Browser,
    op: Attempt['op'],
    query: string,
    variables: Record<string, unknown>,
    options: Pick<LoadOptions, 'timeoutMs'>,
  ): Promise<Attempt & { data?: unknown }> {
    const startedAt = Date.now();
    const record = (
      fields: Omit<Attempt, 'op' | 'startedAt' | 'endedAt'>,
    ): Attempt & { data?: unknown } => {
      const attempt = { op, startedAt, endedAt: Date.now(), ...fields };
      this.attempts.push(attempt);
      return attempt;
    };
    try {
      const response = await citizen.request(`/api/${citizen.surface}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
      const text = await response.text();
      let body: {
        data?: Record<string, unknown> | null;
        errors?: { extensions?: { code?: string } }[];
      } = {};
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        // Not JSON (a load balancer's page): the status tells.
      }
      const code = body.errors?.[0]?.extensions?.code;
      const ok = response.status === 200 && !body.errors && body.data != null;
      const attempt = record({
        status: response.status,
        ...(code ? { code } : {}),
        ...(body.errors?.[0] ? { detail: JSON.stringify(body.errors[0]).slice(0, 300) } : {}),
        retryAfter: response.headers.get('retry-after'),
        ok,
      });
      return { ...attempt, data: ok ? body.data : undefined };
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      return record({ status: timedOut ? 'timeout' : 'network', retryAfter: null, ok: false });
    }
  }
}

/** Milliseconds at the given percentiles of the successful attempts of `op`. */
export function latencies(
  attempts: Attempt[],
  op: Attempt['op'],
  percentiles: number[],
): Record<string, number> {
  const sorted = attempts
    .filter((a) => a.op === op && a.ok)
    .map((a) => a.endedAt - a.startedAt)
    .sort((a, b) => a - b);
  return Object.fromEntries(
    percentiles.map((p) => [
      `p${String(p)}`,
      sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN,
    ]),
  );
}
