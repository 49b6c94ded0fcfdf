import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  bannerNotices,
  readServiceNotices,
  SERVICE_STATUS_NOTICE_OPERATION,
  type ServiceNotice,
} from './service-status-notice.ts';

const notice = (id: string, startsAt: string, kind: ServiceNotice['kind'] = 'MAINTENANCE') => ({
  id,
  kind,
  title: { sv: `Titel ${id}`, en: null },
  startsAt,
  endsAt: null,
});

describe('the banner’s driftstatus', () => {
  it('asks a query the committed schema accepts', () => {
    const schema = buildSchema(
      readFileSync(join(import.meta.dirname, '../../../graphql/schema.graphql'), 'utf8'),
    );
    expect(validate(schema, parse(SERVICE_STATUS_NOTICE_OPERATION.query))).toEqual([]);
  });

  it('reads the answer, dropping what is malformed, and reads an error as nothing', () => {
    const answer = {
      data: {
        serviceStatus: {
          current: [notice('a', '2026-12-03T08:00:00Z', 'DISTURBANCE'), { id: 1 }],
          upcoming: [{ ...notice('b', '2026-12-05T08:00:00Z'), title: { sv: 'B', en: 'B en' } }],
        },
      },
    };
    const read = readServiceNotices(answer);
    expect(read.current.map((n) => n.id)).toEqual(['a']);
    expect(read.upcoming[0]?.title).toEqual({ sv: 'B', en: 'B en' });
    expect(readServiceNotices({ errors: [{ message: 'x' }] })).toEqual({
      current: [],
      upcoming: [],
    });
    expect(readServiceNotices(null)).toEqual({ current: [], upcoming: [] });
  });

  it('shows maintenance a week ahead, not earlier', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    const shown = bannerNotices(
      {
        current: [],
        upcoming: [notice('soon', '2026-12-10T12:00:00Z'), notice('later', '2026-12-10T12:00:01Z')],
      },
      now,
    );
    expect(shown.upcoming.map((n) => n.id)).toEqual(['soon']);
  });
});
