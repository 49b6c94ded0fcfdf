import nodemailer from 'nodemailer';

/** One e-mail to send; `messageId` is stable per outbox row, so a resend is recognisable. */
export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  locale: string;
};

/** Why a delivery did not happen: try again later, or never. `code` is a code, never content. */
export class DeliveryError extends Error {
  constructor(
    readonly kind: 'TEMPORARY' | 'PERMANENT',
    readonly code: string,
  ) {
    super(`${kind.toLowerCase()} delivery failure ${code}`);
    this.name = 'DeliveryError';
  }
}

export type MailSender = {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
};

/**
 * nodemailer over SMTP (`smtpUrl`: smtp:// or smtps://, credentials in the URL). SMTP replies
 * 4xx are temporary and 5xx permanent; a connection that fails or times out is temporary.
 */
export function createMailSender(input: { smtpUrl: string; from: string }): MailSender {
  const url = new URL(input.smtpUrl);
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
    secure: url.protocol === 'smtps:',
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    // A plain catcher on the loopback offers no TLS; everything else must.
    ignoreTLS: isLoopbackHost(url.hostname) && url.protocol === 'smtp:',
    requireTLS: !isLoopbackHost(url.hostname) && url.protocol === 'smtp:',
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(mail) {
      try {
        await transport.sendMail({
          from: input.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          headers: { 'Content-Language': mail.locale, 'Auto-Submitted': 'auto-generated' },
        });
      } catch (error) {
        throw classifySmtpError(error);
      }
    },
    close() {
      transport.close();
    },
  };
}

/** The SMTP reply code decides: 4xx again later, 5xx never; no reply at all: again later. */
export function classifySmtpError(error: unknown): DeliveryError {
  const responseCode =
    typeof error === 'object' && error !== null && 'responseCode' in error
      ? Number(error.responseCode)
      : NaN;
  if (Number.isInteger(responseCode) && responseCode >= 500 && responseCode < 600)
    return new DeliveryError('PERMANENT', `SMTP_${responseCode}`);
  if (Number.isInteger(responseCode) && responseCode >= 400 && responseCode < 500)
    return new DeliveryError('TEMPORARY', `SMTP_${responseCode}`);
  return new DeliveryError('TEMPORARY', 'SMTP_CONNECTION');
}

function isLoopbackHost(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]' || host === '::1';
}
