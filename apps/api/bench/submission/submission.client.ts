// The citizens of the submission bench, in a worker thread of their own: each logs in once, then
// saves a new draft and sends it, again and again, for the seconds asked. Off the main thread so
// the clients' own HTTP work does not run in the API's event loop (pgbench is a process of its
// own too).
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { Browser } from '../../test/harness.ts';

export type ClientSetup = {
  baseUrl: string;
  clinicId: string;
  caseTypeId: string;
  /** Personnummer of each concurrent citizen. */
  citizens: string[];
};
export type ClientCommand = { run: number } | { stop: true };
export type ClientReply =
  { ready: true } | { submissions: number; seconds: number } | { failed: string };

const SAVE = 'mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }';
const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) {
  caseId reference submittedAt clinicName caseTypeName { sv en } expectedResponseDays } }`;
const ANSWERS = { medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }] };

const setup = workerData as ClientSetup;
const port = parentPort;
if (!port) throw new Error('submission.client.ts runs as a worker');

/** One save draft + submit; throws on any error answer. */
async function saveAndSend(browser: Browser): Promise<void> {
  const saved = await browser.graphql<{ saveCaseDraft: { id: string } }>(SAVE, {
    input: { clinicId: setup.clinicId, caseTypeId: setup.caseTypeId, answers: ANSWERS },
  });
  const draftId = saved.data?.saveCaseDraft.id;
  if (!draftId) throw new Error(`saveCaseDraft answered ${JSON.stringify(saved)}`);
  const sent = await browser.graphql<{ submitCase: { caseId: string } }>(SUBMIT, {
    input: { draftId, idempotencyKey: randomUUID() },
  });
  if (!sent.data?.submitCase.caseId) throw new Error(`submitCase answered ${JSON.stringify(sent)}`);
}

async function run(browsers: Browser[], seconds: number): Promise<ClientReply> {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let submissions = 0;
  await Promise.all(
    browsers.map(async (browser) => {
      while (performance.now() < deadline) {
        await saveAndSend(browser);
        submissions += 1;
      }
    }),
  );
  return { submissions, seconds: (performance.now() - started) / 1000 };
}

async function main(messages: NonNullable<typeof port>): Promise<void> {
  const browsers = await Promise.all(
    setup.citizens.map(async (personnummer) => {
      const browser = new Browser(setup.baseUrl, 'citizen');
      await browser.login(personnummer);
      return browser;
    }),
  );
  messages.on('message', (command: ClientCommand) => {
    if ('stop' in command) {
      messages.close();
      return;
    }
    run(browsers, command.run).then(
      (reply) => {
        messages.postMessage(reply);
      },
      (error: unknown) => {
        messages.postMessage({ failed: String(error) } satisfies ClientReply);
      },
    );
  });
  messages.postMessage({ ready: true } satisfies ClientReply);
}

main(port).catch((error: unknown) => {
  port.postMessage({ failed: String(error) } satisfies ClientReply);
});
