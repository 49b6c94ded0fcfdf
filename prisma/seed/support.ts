// Fault reports staff sent to the national support, and the support's replies: a few, so the
// Support page and the service administration's Supportärenden have something to show. About
// the service only, as the form asks: no patient data.
import type { NamedStaffKey } from './data/staff.ts';
import { stockholmInstant } from './dates.ts';
import { addDays, type CalendarDate } from './domain.ts';
import { seedId } from './ids.ts';

type Severity = 'CRITICAL' | 'HIGH' | 'NORMAL' | 'LOW';
type Area = 'CASE_QUEUE' | 'NOTIFICATIONS' | 'WORK_LIST';
type Status = 'NEW' | 'IN_PROGRESS' | 'WAITING_FOR_REPORTER' | 'RESOLVED' | 'CLOSED';

export type SupportRows = {
  /** Oldest first: the table numbers them (SUP-1, SUP-2, …) in this order. */
  supportReports: {
    id: string;
    reporterStaffId: string;
    reporterAssignmentId: string;
    reporterWorkplace: string;
    summary: string;
    description: string;
    area: Area;
    location: string | null;
    occurredAt: Date;
    severity: Severity;
    status: Status;
    createdAt: Date;
    updatedAt: Date;
  }[];
  supportReplies: {
    id: string;
    reportId: string;
    authorStaffId: string;
    fromServiceAdmin: boolean;
    text: string;
    createdAt: Date;
  }[];
};

type Reply = { by: 'support' | 'reporter'; daysAgo: number; time: string; text: string };

type ReportData = {
  key: string;
  reporter: NamedStaffKey;
  /** The assignment's place, as the HSA seed keys it (`assignment:<staff>:<place>`). */
  at: string;
  workplace: string;
  daysAgo: number;
  time: string;
  summary: string;
  description: string;
  area: Area;
  location: string | null;
  severity: Severity;
  status: Status;
  replies: Reply[];
};

const REPORTS: readonly ReportData[] = [
  {
    key: 'notification-missing',
    reporter: 'doctor',
    at: 'farsta-vc',
    workplace: 'Farsta vårdcentral',
    daysAgo: 12,
    time: '10:20',
    summary: 'Aviseringen om nytt ärende kom inte fram',
    description:
      'Jag har slagit på e-post för ärenden som fördelas till mig, men fick inget mejl i morse när ett ärende fördelades.',
    area: 'NOTIFICATIONS',
    location: 'Aviseringar',
    severity: 'HIGH',
    status: 'RESOLVED',
    replies: [
      {
        by: 'support',
        daysAgo: 12,
        time: '13:05',
        text: 'Tack! Utskicket stod still en stund i förmiddags. Det är åtgärdat och mejlen har gått iväg.',
      },
    ],
  },
  {
    key: 'queue-slow',
    reporter: 'nurse',
    at: 'farsta-vc',
    workplace: 'Farsta vårdcentral',
    daysAgo: 3,
    time: '08:10',
    summary: 'Inkommande ärenden laddar långsamt på morgonen',
    description:
      'Mellan 08.00 och 08.30 tar det en halv minut innan listan med inkommande ärenden visas. Senare på dagen går det fort.',
    area: 'CASE_QUEUE',
    location: 'Inkommande ärenden',
    severity: 'NORMAL',
    status: 'WAITING_FOR_REPORTER',
    replies: [
      {
        by: 'support',
        daysAgo: 2,
        time: '09:40',
        text: 'Vi tittar på det. Händer det i alla webbläsare, eller bara i en?',
      },
    ],
  },
  {
    key: 'sort-work-list',
    reporter: 'case-receiver',
    at: 'farsta-vc',
    workplace: 'Farsta vårdcentral',
    daysAgo: 1,
    time: '14:30',
    summary: 'Önskemål: sortera på ärendetyp',
    description:
      'Det vore bra att kunna sortera listan över ärenden på ärendetyp, så att receptförnyelser kan tas i ett svep.',
    area: 'WORK_LIST',
    location: null,
    severity: 'LOW',
    status: 'NEW',
    replies: [],
  },
];

const staffId = (key: NamedStaffKey) => seedId(`staff:${key}`);

export function buildSupport(today: CalendarDate): SupportRows {
  const rows: SupportRows = { supportReports: [], supportReplies: [] };
  for (const report of REPORTS) {
    const id = seedId(`support-report:${report.key}`);
    const created = stockholmInstant(addDays(today, -report.daysAgo), report.time);
    const replies = report.replies.map((reply, index) => ({
      id: seedId(`support-reply:${report.key}:${String(index)}`),
      reportId: id,
      authorStaffId: reply.by === 'support' ? staffId('service-admin') : staffId(report.reporter),
      fromServiceAdmin: reply.by === 'support',
      text: reply.text,
      createdAt: stockholmInstant(addDays(today, -reply.daysAgo), reply.time),
    }));
    rows.supportReports.push({
      id,
      reporterStaffId: staffId(report.reporter),
      reporterAssignmentId: seedId(`assignment:${report.reporter}:${report.at}`),
      reporterWorkplace: report.workplace,
      summary: report.summary,
      description: report.description,
      area: report.area,
      location: report.location,
      occurredAt: new Date(created.getTime() - 15 * 60_000),
      severity: report.severity,
      status: report.status,
      createdAt: created,
      updatedAt: replies.at(-1)?.createdAt ?? created,
    });
    rows.supportReplies.push(...replies);
  }
  return rows;
}
