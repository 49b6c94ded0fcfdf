import { describe, expect, it } from 'vitest';
import { loggablePath } from './loggable-path.ts';

describe('loggablePath', () => {
  it('keeps route words and ids', () => {
    expect(loggablePath('/api/citizen/graphql')).toBe('/api/citizen/graphql');
    expect(loggablePath('/api/staff/attachments/6f9619ff-8b86-d011-b42d-00c04fc964ff')).toBe(
      '/api/staff/attachments/6f9619ff-8b86-d011-b42d-00c04fc964ff',
    );
  });

  it('logs no segment the client wrote, nor the query', () => {
    expect(loggablePath('/citizen/198003142384/%E0%A4%A?name=Anna')).toBe('/citizen/:x/:x');
    expect(loggablePath('/api/citizen/auth/login?returnTo=/citizen/x')).toBe(
      '/api/citizen/auth/login',
    );
  });
});
