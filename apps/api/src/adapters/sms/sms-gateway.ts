/** One text message to a mobile number in E.164 (+46701234567). */
export type OutgoingSms = {
  to: string;
  text: string;
  /** The outbox row it comes from: lets the gateway (and its logs) tie a resend to the first try. */
  reference: string;
};

/** An SMS gateway, an external service behind this adapter. */
export type SmsGateway = {
  send(sms: OutgoingSms): Promise<void>;
};

/** Why an SMS was not sent: try again later, or never. `code` is a status code, never content. */
export class SmsSendError extends Error {
  constructor(
    readonly kind: 'TEMPORARY' | 'PERMANENT',
    readonly code: string,
  ) {
    super(`${kind.toLowerCase()} sms failure ${code}`);
    this.name = 'SmsSendError';
  }
}
