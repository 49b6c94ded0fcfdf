// The patient's own access log (Patientdatalagen) as a GraphQL list: who at which clinic read or
// changed my case, in which role and when; a guardian's view in proxy mode; keyset pages read
// through the case index.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { caseLogStatement } from '../src/access-log/citizen-access-log.repository.ts';
import { explain, type PlanNode } from './explain-plan.ts';
import { pdfText } from './pdf-text.ts';
import { createCase } from './factories.ts';
import {
  ACT,
  anna,
  annaCase,
  as,
  caseType,
  child,
  childCase,
  clinic,
  code,
  type Entry,
  guardianCase,
  h,
  log,
  receiver,
  rowCount,
  STOP,
  useCitizenAccessLogHarness,
} from './support/citizen-access-log.ts';

useCitizenAccessLogHarness();

describe('my case access log', () => {
  it('shows the patient who read and changed the case: clinic, role, name, title, action', async () => {
    const before = await rowCount();
    const result = await log('anna', annaCase.id);
    expect(result.errors).toBeUndefined();
    const page = result.data!.myCaseAccessLog;
    expect(page.nextCursor).toBeNull();
    expect(page.items.map(({ id: _id, occurredAt: _at, ...rest }) => rest)).toEqual([
      {
        clinicName: 'Farsta vårdcentral',
        role: 'CASE_RECEIVER',
        staffName: 'Rut Receptionist',
        staffTitle: 'Undersköterska',
        action: 'ASSIGN_CASE',
      },
      {
        clinicName: 'Farsta vårdcentral',
        role: 'CASE_RECEIVER',
        staffName: 'Rut Receptionist',
        staffTitle: 'Undersköterska',
        action: 'READ_CASE',
      },
    ]);
    // Reading one's own log writes no access-log row.
    expect(await rowCount()).toBe(before);
  });

  it('is NOT_FOUND for anyone else’s case, as citizenCase is', async () => {
    expect(code(await log('stranger', annaCase.id))).toBe('NOT_FOUND');
    expect(code(await log('anna', childCase.id))).toBe('NOT_FOUND');
    expect(code(await log('anna', randomUUID()))).toBe('NOT_FOUND');
    // Outside proxy mode a guardian does not see the child's case.
    expect(code(await log('guardian', childCase.id))).toBe('NOT_FOUND');
  });

  it('shows a guardian in proxy mode the child’s log, and not their own meanwhile', async () => {
    expect((await as.guardian!.graphql(ACT, { id: child.id })).errors).toBeUndefined();
    try {
      const result = await log('guardian', childCase.id);
      expect(result.errors).toBeUndefined();
      expect(result.data!.myCaseAccessLog.items.map((e) => [e.staffName, e.action])).toEqual([
        ['Rut Receptionist', 'READ_CASE'],
      ]);
      expect(code(await log('guardian', guardianCase.id))).toBe('NOT_FOUND');
      const csv = await as.guardian!.request(`/api/citizen/cases/${childCase.id}/access-log.csv`);
      expect(csv.status).toBe(200);
      expect(await csv.text()).toContain('Rut Receptionist');
      const pdf = await as.guardian!.request(`/api/citizen/cases/${childCase.id}/access-log.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdfText(Buffer.from(await pdf.arrayBuffer()))).toContain(
        'Ärendemottagare Rut Receptionist, Undersköterska Öppnade ärendet',
      );
    } finally {
      expect((await as.guardian!.graphql(STOP)).errors).toBeUndefined();
    }
    expect(code(await log('guardian', guardianCase.id))).toBeUndefined();
  });

  it('pages newest first by keyset, every entry once', async () => {
    const paged = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: caseType.id,
      subjectPersonId: anna.id,
    });
    const same = '2026-06-01T10:00:00.000Z';
    const times = [
      '2026-01-01T08:00:00.000Z',
      same,
      same,
      same,
      '2026-07-01T08:00:00.000Z',
      '2026-02-01T08:00:00.000Z',
      '2026-03-01T08:00:00.000Z',
    ];
    for (const at of times)
      await h.prisma.accessLogEntry.create({
        data: {
          occurredAt: new Date(at),
          staffMemberId: receiver.id,
          staffHsaId: receiver.hsaId,
          role: 'CASE_RECEIVER',
          clinicId: clinic.id,
          caseId: paged.id,
          patientPersonId: anna.id,
          action: 'LIST_QUEUE',
          requestId: randomUUID(),
        },
      });
    const seen: Entry[] = [];
    const sizes: number[] = [];
    let after: string | null = null;
    do {
      const result = await log('anna', paged.id, 3, after);
      expect(result.errors).toBeUndefined();
      seen.push(...result.data!.myCaseAccessLog.items);
      sizes.push(result.data!.myCaseAccessLog.items.length);
      after = result.data!.myCaseAccessLog.nextCursor;
    } while (after);
    expect(sizes).toEqual([3, 3, 1]);
    expect(new Set(seen.map((e) => e.id)).size).toBe(7);
    expect(seen.map((e) => e.occurredAt)).toEqual([...times].sort().reverse());
    expect(code(await log('anna', paged.id, 0))).toBe('BAD_USER_INPUT');
    expect(code(await log('anna', paged.id, 3, 'not-a-cursor'))).toBe('BAD_USER_INPUT');
  });

  it('reads a page through the case index, whatever the size of the table', async () => {
    await h.prisma.$executeRaw`INSERT INTO access_log (occurred_at, staff_member_id, staff_hsa_id,
        role, clinic_id, case_id, patient_person_id, action, request_id)
      SELECT now() - (n || ' minutes')::interval, ${receiver.id}::uuid, ${receiver.hsaId},
        'CASE_RECEIVER', ${clinic.id}::uuid, gen_random_uuid(), gen_random_uuid(), 'LIST_QUEUE', 'bulk'
      FROM generate_series(1, 20000) n`;
    await h.prisma.$executeRawUnsafe('VACUUM (ANALYZE) access_log');
    const plan = await explain(h.prisma, caseLogStatement(annaCase.id, null, 51), {
      analyze: true,
    });
    // Whether PostgreSQL walks the index backwards or sorts a bitmap of the case's few rows,
    // it reaches the log through the case index alone: never a scan of the whole table.
    expect(
      plan.nodes.filter((n) => n.endsWith(' on access_log_case_id_occurred_at_id_idx')),
    ).toHaveLength(1);
    const scansOfLog: string[] = [];
    const walk = (node: PlanNode) => {
      if (node['Relation Name'] === 'access_log') scansOfLog.push(node['Node Type']);
      node.Plans?.forEach(walk);
    };
    walk(plan.root);
    expect(scansOfLog).toHaveLength(1);
    expect(scansOfLog[0]).not.toBe('Seq Scan');
    expect(plan.buffers).toBeLessThan(100);
  });
});
