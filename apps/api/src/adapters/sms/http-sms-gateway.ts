import { SmsSendError, type OutgoingSms, type SmsGateway } from './sms-gateway.ts';

export type HttpSmsGatewayConfig = {
  url: string;
  username: string;
  password: string;
  /** The sender name shown on the phone (at most 11 characters for an alphanumeric sender). */
  sender: string;
  timeoutMs?: number;
};

/**
 * The shape common Swedish SMS gateways accept: a JSON POST of `{ from, to, message }` with HTTP
 * Basic credentials. 2xx: sent. 5xx, 429 and no answer: try again later. Any other 4xx: the
 * gateway will never take this message (a bad number, a refused sender), so do not retry.
 */
export class HttpSmsGateway implements SmsGateway {
  constructor(private readonly config: HttpSmsGatewayConfig) {}

  async send(sms: OutgoingSms): Promise<void> {
    const credentials = Buffer.from(`${this.config.username}:${this.config.password}`).toString(
      'base64',
    );
    let response: Response;
    try {
      response = await fetch(this.config.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          authorization: `Basic ${credentials}`,
        },
        body: JSON.stringify({ from: this.config.sender, to: sms.to, message: sms.text }),
        signal: AbortSignal.timeout(this.config.timeoutMs ?? 10_000),
      });
    } catch {
      throw new SmsSendError('TEMPORARY', 'HTTP_NETWORK');
    }
    // Drain the body so the connection can be reused; its content is not needed.
    await response.arrayBuffer().catch(() => undefined);
    if (response.ok) return;
    const code = `HTTP_${response.status}`;
    if (response.status >= 500 || response.status === 429)
      throw new SmsSendError('TEMPORARY', code);
    throw new SmsSendError('PERMANENT', code);
  }
}
