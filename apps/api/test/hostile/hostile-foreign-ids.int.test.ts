// The hostile-input suite, named attack on other people's records: every operation that takes an
// id, called by every actor with the ids of the victim's records (hostile-world.ts). Sent several
// at a time, so these refusals are not timed. What passes: see hostile-suite.ts.
import { describe, expect, it } from 'vitest';
import { ACTOR_NAMES } from './hostile-world.ts';
import { loadCommittedSchema, OperationGenerator } from './operation-arbitrary.ts';
import { plainOperation, takesId } from './plain-operation.ts';
import {
  CONCURRENCY,
  describeWhatTheApiLogged,
  expectClean,
  inPool,
  named,
  postJson,
  record,
  send,
  useHostileHarness,
  victimBefore,
  world,
  type Surface,
} from './hostile-suite.ts';

useHostileHarness();

describe('named attacks', () => {
  it("refuses every operation that takes an id the ids of another person's records", async () => {
    const schema = loadCommittedSchema();
    const generator = new OperationGenerator(schema, world.ids);
    const victimIds = [
      world.victim.caseId,
      world.victim.draftId,
      world.victim.attachmentId,
      world.victim.messageCaseId,
      world.victim.messageId,
      world.victim.personId,
    ];
    const withIds = generator
      .rootFields()
      .filter(({ field }) => field.args.some((a) => takesId(a.type)));
    expect(withIds.length).toBeGreaterThan(15);
    const calls = withIds.flatMap(({ kind, field }) =>
      victimIds.flatMap((id) => ACTOR_NAMES.map((actor) => ({ kind, field, id, actor }))),
    );
    const wrong: string[] = [];
    // Many calls: several at a time, so these refusals are not timed (see hostile-suite.ts).
    await inPool(calls, CONCURRENCY, async ({ kind, field, id, actor }) => {
      const { query, variables } = plainOperation(kind, field, id);
      const own = world.surfaceOf(actor);
      const surface: Surface = own === 'either' ? 'citizen' : own;
      const sent = await send(
        actor,
        `/api/${surface}/graphql`,
        postJson(JSON.stringify({ query, variables })),
      );
      const inspection = record(
        named,
        `someone else's id: ${field.name}`,
        actor,
        surface,
        sent,
        `${query} ${JSON.stringify(variables)}`,
        { timed: false },
      );
      let data: unknown;
      try {
        data = (JSON.parse(sent.body) as { data?: Record<string, unknown> | null }).data?.[
          field.name
        ];
      } catch {
        data = undefined;
      }
      if (!inspection.refusal || (data !== null && data !== undefined))
        wrong.push(`${field.name}(${id}) as ${actor} answered ${sent.body.slice(0, 300)}`);
    });
    expect(wrong.sort().join('\n')).toBe('');
    expectClean("someone else's id");
    expect(await world.victimSnapshot()).toEqual(victimBefore);
  }, 600_000);
});

describeWhatTheApiLogged(() => named.sent);
