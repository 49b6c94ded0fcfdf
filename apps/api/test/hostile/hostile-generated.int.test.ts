// The hostile-input suite, generated part: fast-check, with a fixed seed, builds GraphQL
// operations from the committed schema (every query and mutation; arguments of every type filled
// with boundary and injection strings, NUL bytes, right-to-left marks, emoji, huge strings, wrong
// types, huge and deeply nested values, unknown fields, aliases and directives) and sends them
// anonymously and as a citizen, a guardian in proxy mode, a case receiver, a caregiver and a
// clinic administrator, each logged in once, several requests at a time. What passes, how the
// refusals are timed and the modes (HOSTILE_RUNS, HOSTILE_SEED, ...): see hostile-suite.ts.
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_NAMES } from './hostile-world.ts';
import { loadCommittedSchema, OperationGenerator } from './operation-arbitrary.ts';
import { percentile } from './response-check.ts';
import {
  CHUNK,
  CONCURRENCY,
  describeWhatTheApiLogged,
  generated,
  inPool,
  LATENCY_SAMPLE,
  newFindings,
  postJson,
  record,
  REFUSAL_P95_MS,
  report,
  reproducer,
  RUNS,
  SEED,
  send,
  useHostileHarness,
  world,
  type Findings,
  type Surface,
} from './hostile-suite.ts';

useHostileHarness();

describe(`generated operations (seed ${SEED}, ${RUNS} runs)`, () => {
  /** Every operation's field, with how many were sent. */
  const fields = new Map<string, number>();
  /** The sequential sample's refusal times (see hostile-suite.ts). */
  const timed = newFindings();
  let seconds = 0;

  beforeAll(
    async () => {
      const generator = new OperationGenerator(loadCommittedSchema(), world.ids);
      const plan = fc.record({
        actor: fc.constantFrom(...ACTOR_NAMES),
        // Now and then a signed-in actor calls the other surface (where they have no session).
        otherSurface: fc.integer({ min: 0, max: 15 }).map((n) => n === 0),
        anonymousSurface: fc.constantFrom<Surface>('citizen', 'staff'),
        op: generator.operation(),
      });
      type Plan = typeof plan extends fc.Arbitrary<infer P> ? P : never;
      const sendPlan = async (findings: Findings, p: Plan, timedRun: boolean) => {
        const own = world.surfaceOf(p.actor);
        const surface: Surface =
          own === 'either'
            ? p.anonymousSurface
            : p.otherSurface
              ? own === 'citizen'
                ? 'staff'
                : 'citizen'
              : own;
        const body = JSON.stringify({ query: p.op.query, variables: p.op.variables });
        const sent = await send(p.actor, `/api/${surface}/graphql`, postJson(body));
        record(findings, `${p.op.kind} ${p.op.field}`, p.actor, surface, sent, reproducer(p.op), {
          timed: timedRun,
        });
        fields.set(p.op.field, (fields.get(p.op.field) ?? 0) + 1);
      };
      const started = performance.now();
      for (let chunk = 0; chunk * CHUNK < RUNS; chunk += 1) {
        const plans = fc.sample(plan, {
          seed: SEED + chunk,
          numRuns: Math.min(CHUNK, RUNS - chunk * CHUNK),
        });
        await inPool(plans, CONCURRENCY, (p) => sendPlan(generated, p, false));
      }
      seconds = (performance.now() - started) / 1000;
      // The latency sample: operations of their own seed, one at a time.
      for (const p of fc.sample(plan, { seed: SEED - 1, numRuns: LATENCY_SAMPLE }))
        await sendPlan(timed, p, true);
    },
    Math.max(600_000, RUNS * 120),
  );

  it(`sends at least ${RUNS} operations covering every query and mutation`, () => {
    expect(generated.sent).toBeGreaterThanOrEqual(RUNS);
    const roots = new OperationGenerator(loadCommittedSchema(), world.ids).rootFields();
    expect(
      roots.filter(({ field }) => !fields.has(field.name)).map(({ field }) => field.name),
    ).toEqual([]);
  });

  it('reaches the resolvers: a fair share is executed, rate limits do not answer instead', () => {
    const limited = generated.codes.get('HTTP 429') ?? 0;
    expect(limited, `${limited} answers were 429`).toBeLessThan(generated.sent / 100);
    expect(generated.executed, `${generated.executed} executed`).toBeGreaterThan(
      generated.sent / 5,
    );
  });

  it('answers every request, none with HTTP 5xx', () => {
    const problems = [generated, timed].flatMap((f) => [
      ...report(f, '5xx'),
      ...report(f, 'dropped'),
    ]);
    expect(problems.join('\n')).toBe('');
  });

  it('answers no request with INTERNAL_SERVER_ERROR', () => {
    const problems = [generated, timed].flatMap((f) => report(f, 'internal-error'));
    expect(problems.join('\n')).toBe('');
  });

  it('shows no stack trace and no database text', () => {
    const problems = [generated, timed].flatMap((f) => [
      ...report(f, 'stack-trace'),
      ...report(f, 'database-text'),
    ]);
    expect(problems.join('\n')).toBe('');
  });

  it("shows no actor anything of the victim's", () => {
    const problems = [generated, timed].flatMap((f) => report(f, 'leak'));
    expect(problems.join('\n')).toBe('');
  });

  it(`refuses fast: the 95th percentile of refusals sent one at a time under ${REFUSAL_P95_MS} ms`, () => {
    const ms = (values: number[], p: number) => `${percentile(values, p).toFixed(1)} ms`;
    console.info(
      `hostile suite: ${generated.sent} generated requests in ${seconds.toFixed(0)} s (${CONCURRENCY} in flight, ${generated.executed} executed), codes ${JSON.stringify(Object.fromEntries(generated.codes))}; ` +
        `latency sample: ${timed.sent} requests one at a time, ${timed.refusals.length} refusals, p50 ${ms(timed.refusals, 50)}, p95 ${ms(timed.refusals, 95)}, max ${ms(timed.refusals, 100)}`,
    );
    expect(timed.refusals.length).toBeGreaterThan(LATENCY_SAMPLE / 2);
    expect(percentile(timed.refusals, 95)).toBeLessThan(REFUSAL_P95_MS);
  });
});

describeWhatTheApiLogged(() => generated.sent);
