// Every bench scenario, by name: inbox CPU, submission, queues, the first page, retention and
// statistics.
import type { Scenario } from './frame.ts';
import { firstPageScenario } from './first-page/first-page.scenario.ts';
import { inboxScenario } from './inbox/inbox.scenario.ts';
import { listsScenario } from './lists/lists.scenario.ts';
import { retentionScenario } from './retention/retention.scenario.ts';
import { statisticsScenario } from './statistics/statistics.scenario.ts';
import { submissionScenario } from './submission/submission.scenario.ts';

export const SCENARIOS: readonly Scenario[] = [
  retentionScenario,
  firstPageScenario,
  inboxScenario,
  listsScenario,
  submissionScenario,
  statisticsScenario,
];
