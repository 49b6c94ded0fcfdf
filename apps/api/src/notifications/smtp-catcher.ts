import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

/** One e-mail the catcher received, parsed. */
export type CaughtMail = {
  to: string[];
  from: string | null;
  subject: string;
  text: string;
  html: string | null;
  messageId: string | null;
  receivedAt: Date;
};

export type SmtpCatcherOptions = {
  /** 0 (default) for a free port. */
  port?: number;
  /** How many mails to keep in memory (oldest dropped first). */
  keep?: number;
};

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) =>
    a.value.map((v) => v.address ?? '').filter((s) => s !== ''),
  );

const smtpError = (code: number, message: string): Error =>
  Object.assign(new Error(message), { responseCode: code });

/**
 * A real SMTP server on the loopback that keeps what it receives: the product's mail sink when
 * no SMTP_URL is configured (development, tests, browser journeys), shown on the development
 * page. It can refuse the next few messages with a temporary (451) or permanent (550) reply, so
 * tests can drive the sender's retries over real SMTP.
 */
export class SmtpCatcher {
  private readonly caught: CaughtMail[] = [];
  private failures: { code: 451 | 550; remaining: number } | null = null;
  private waiters: (() => void)[] = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
    private readonly keep: number,
  ) {}

  static async start(options: SmtpCatcherOptions = {}): Promise<SmtpCatcher> {
    // The server's callbacks need the catcher, which needs the started server.
    const holder: { catcher?: SmtpCatcher } = {};
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      size: 1024 * 1024,
      onRcptTo(_address: SMTPServerAddress, _session, callback) {
        const refusal = holder.catcher?.takeFailure();
        if (refusal === 451) callback(smtpError(451, 'Try again later'));
        else if (refusal === 550) callback(smtpError(550, 'Mailbox unavailable'));
        else callback();
      },
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((parsed) => {
            holder.catcher?.record({
              to: addresses(parsed.to),
              from: addresses(parsed.from)[0] ?? null,
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : null,
              messageId: parsed.messageId ?? null,
              receivedAt: new Date(),
            });
            callback();
          })
          .catch(() => {
            callback(smtpError(451, 'Could not read the message'));
          });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const { port } = server.server.address() as AddressInfo;
    const catcher = new SmtpCatcher(server, port, options.keep ?? 200);
    holder.catcher = catcher;
    return catcher;
  }

  /** smtp:// URL of this catcher, for nodemailer. */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** What was received, oldest first. */
  mails(): CaughtMail[] {
    return [...this.caught];
  }

  /** Refuse the next `count` messages with `code` (451: try later; 550: never). */
  failNext(count: number, code: 451 | 550 = 451): void {
    this.failures = count > 0 ? { code, remaining: count } : null;
  }

  /** Forgets the mails that match (a test's deliberately bad one); answers how many. */
  discard(match: (mail: CaughtMail) => boolean): number {
    const before = this.caught.length;
    const kept = this.caught.filter((m) => !match(m));
    this.caught.splice(0, this.caught.length, ...kept);
    return before - kept.length;
  }

  clear(): void {
    this.caught.length = 0;
    this.failures = null;
  }

  /** Resolves once at least `count` mails have been caught in all. */
  async waitForCount(count: number, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.caught.length < count) {
      if (Date.now() > deadline) throw new Error(`caught ${this.caught.length} of ${count} mails`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => {
        resolve();
      });
    });
  }

  private takeFailure(): 451 | 550 | null {
    if (!this.failures) return null;
    const { code } = this.failures;
    this.failures.remaining -= 1;
    if (this.failures.remaining <= 0) this.failures = null;
    return code;
  }

  private record(mail: CaughtMail): void {
    this.caught.push(mail);
    if (this.caught.length > this.keep) this.caught.splice(0, this.caught.length - this.keep);
    const waiting = this.waiters;
    this.waiters = [];
    for (const wake of waiting) wake();
  }
}
