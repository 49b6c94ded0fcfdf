// The citizens' last logins, moved up to their latest activity in the demo cases.
import type { CitizenAccount } from '../src/index.ts';
import type { CaseRows } from './case-rows.ts';

/**
 * Citizens who sent, read or replied log in to do so: an account's last login is moved up to
 * just before its holder's latest activity in a case. (Personas keep having no account.)
 */
export function withCaseLogins(accounts: CitizenAccount[], rows: CaseRows): CitizenAccount[] {
  const latest = new Map<string, Date>();
  const seen = (person: string, at: Date | null) => {
    if (!at) return;
    const known = latest.get(person);
    if (!known || known < at) latest.set(person, at);
  };
  for (const row of rows.cases) {
    seen(row.senderPersonId, row.submittedAt);
    seen(row.subjectPersonId, row.archivedAt);
  }
  for (const message of rows.caseMessages) {
    if (message.kind !== 'CASE_SUBMITTED') seen(message.recipientPersonId, message.readAt);
  }
  return accounts.map((account) => {
    const activity = latest.get(account.personId);
    if (!activity || (account.lastLoginAt !== null && account.lastLoginAt >= activity))
      return account;
    return { ...account, lastLoginAt: new Date(activity.getTime() - 4 * 60_000) };
  });
}
