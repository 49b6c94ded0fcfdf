export * from './calendar/calendar-date.ts';
export * from './calendar/business-hours.ts';
export * from './identity/identity-number.ts';
export * from './session/session-rules.ts';
export * from './forms/index.ts';
export * from './proxy/proxy-time.ts';
export * from './retention/retention-time.ts';
export * from './access-log/access-log-words.ts';
