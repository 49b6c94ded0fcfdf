import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type CasePresenceState,
  StaffCaseDetailDocument,
  StaffClinicCaregiversDocument,
  StaffLeaveCasePresenceDocument,
  StaffReportCasePresenceDocument,
  StaffStandardAnswersDocument,
} from '../../gql/graphql.ts';
import { activeSession, renderStaffApp, signedInViewer } from '../../test/render-app.tsx';
import { caregivers, staffCase } from './test-cases.ts';

type Beat = { caseId: string; tabId: string; state: CasePresenceState };
type Person = { name: string; title: string; state: CasePresenceState };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The API's side of presence: records each heartbeat and leave, answers `others()`. */
function presenceServer(others: () => Person[]) {
  const beats: Beat[] = [];
  const leaves: { caseId: string; tabId: string }[] = [];
  return {
    beats,
    leaves,
    mocks: [
      {
        request: { query: StaffReportCasePresenceDocument, variables: () => true },
        result: (variables: Beat) => {
          beats.push(variables);
          return {
            data: {
              reportCasePresence: others().map((p) => ({
                __typename: 'CasePresence',
                since: '2026-11-25T09:00:00.000Z',
                ...p,
              })),
            },
          };
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: StaffLeaveCasePresenceDocument, variables: () => true },
        result: (variables: { caseId: string; tabId: string }) => {
          leaves.push(variables);
          return { data: { leaveCasePresence: true } };
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ],
  };
}

const pageMocks = [
  signedInViewer(),
  activeSession,
  {
    request: { query: StaffCaseDetailDocument, variables: () => true },
    result: { data: { staffCase: staffCase() } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: StaffClinicCaregiversDocument },
    result: { data: { clinicCaregivers: caregivers } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: StaffStandardAnswersDocument, variables: () => true },
    result: { data: { standardAnswers: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

async function openCase(server: ReturnType<typeof presenceServer>, path = '/cases/case-1') {
  const view = renderStaffApp({ path, mocks: [...pageMocks, ...server.mocks] as never[] });
  await screen.findByRole('heading', { level: 1, name: /E-2026-7F3A9C21/ });
  return view;
}

/** The live region that names the others on the case. */
const presenceRegion = () =>
  screen.getAllByRole('status').find((el) => el.classList.contains('etj-case-presence'))!;

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => {
  setHidden(false);
  vi.useRealTimers();
});

describe('who else is on the case', () => {
  it('says who else is looking, in a live region, reporting this page as looking', async () => {
    const server = presenceServer(() => [
      { name: 'Cora Berg', title: 'Specialistläkare', state: 'LOOKING' },
    ]);
    await openCase(server);
    await waitFor(() => {
      expect(presenceRegion()).toHaveTextContent(
        'Cora Berg (Specialistläkare) tittar också på ärendet.',
      );
    });
    expect(server.beats[0]).toMatchObject({ caseId: 'case-1', state: 'LOOKING' });
    expect(server.beats[0]?.tabId).toMatch(UUID);
  });

  it('says it in English, with the title in English', async () => {
    const server = presenceServer(() => [
      { name: 'Cora Berg', title: 'Specialistläkare', state: 'WRITING' },
    ]);
    await openCase(server, '/cases/case-1?lang=en');
    await waitFor(() => {
      expect(presenceRegion()).toHaveTextContent(
        'Cora Berg (Specialist physician) is writing an answer.',
      );
    });
  });

  it('reports writing while the answer field holds unsent text, and looking again when it is empty', async () => {
    const server = presenceServer(() => []);
    await openCase(server);
    await waitFor(() => {
      expect(server.beats).toHaveLength(1);
    });
    const field = screen.getByRole('textbox', { name: /Meddelande till patienten/ });
    await userEvent.type(field, 'Hej');
    await waitFor(() => {
      expect(server.beats.at(-1)?.state).toBe('WRITING');
    });
    expect(server.beats.filter((b) => b.state === 'WRITING')).toHaveLength(1);
    await userEvent.clear(field);
    await waitFor(() => {
      expect(server.beats.at(-1)?.state).toBe('LOOKING');
    });
    expect(new Set(server.beats.map((b) => b.tabId)).size).toBe(1);
  });

  it('polls every 15 seconds while visible, pauses while hidden, and tells a change once', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let others: Person[] = [{ name: 'Cora Berg', title: 'Specialistläkare', state: 'LOOKING' }];
    const server = presenceServer(() => others);
    await openCase(server);
    await waitFor(() => {
      expect(presenceRegion()).toHaveTextContent('Cora Berg (Specialistläkare) tittar också');
    });
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(presenceRegion(), { subtree: true, childList: true, characterData: true });

    const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    act(() => {
      vi.advanceTimersByTime(14_999);
    });
    await settle();
    expect(server.beats).toHaveLength(1);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    // Testing Library's waitFor polls with the faked setInterval; vitest's uses real timers.
    await vi.waitFor(() => {
      expect(server.beats).toHaveLength(2);
    });
    await settle();
    expect(changes).toEqual([]);

    setHidden(true);
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    await settle();
    expect(server.beats).toHaveLength(2);

    others = [{ name: 'Cora Berg', title: 'Specialistläkare', state: 'WRITING' }];
    act(() => {
      setHidden(false);
    });
    await vi.waitFor(() => {
      expect(presenceRegion()).toHaveTextContent('Cora Berg (Specialistläkare) skriver ett svar.');
    });
    expect(server.beats).toHaveLength(3);
    expect(changes.length).toBeGreaterThan(0);
    observer.disconnect();
  });

  it('keeps reporting a hidden page while its answer is being written', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const server = presenceServer(() => []);
    await openCase(server);
    await waitFor(() => {
      expect(server.beats).toHaveLength(1);
    });
    await userEvent.type(screen.getByRole('textbox', { name: /Meddelande till patienten/ }), 'Hej');
    await vi.waitFor(() => {
      expect(server.beats.at(-1)?.state).toBe('WRITING');
    });
    const before = server.beats.length;
    setHidden(true);
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    await vi.waitFor(() => {
      expect(server.beats.length).toBe(before + 2);
    });
    expect(server.beats.at(-1)?.state).toBe('WRITING');
  });

  it('says nothing while nobody else is there, and leaves when the page is left', async () => {
    const server = presenceServer(() => []);
    await openCase(server);
    await waitFor(() => {
      expect(server.beats).toHaveLength(1);
    });
    expect(presenceRegion()).toBeEmptyDOMElement();
    await userEvent.click(screen.getByRole('link', { name: 'Till inkommande ärenden' }));
    await waitFor(() => {
      expect(server.leaves).toEqual([{ caseId: 'case-1', tabId: server.beats[0]!.tabId }]);
    });
  });
});
