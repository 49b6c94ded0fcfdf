import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { problemFromExtensions } from '../errors/error-codes.ts';
import { renderWithI18n } from '../test/render.tsx';
import { ProblemNotice } from './ProblemNotice.tsx';

const rateLimited = problemFromExtensions({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });

describe('ProblemNotice', () => {
  it('is an alert that explains a rate limit in Swedish', () => {
    renderWithI18n(<ProblemNotice problem={rateLimited} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'För många förfrågningar på kort tid. Vänta en stund och försök sedan igen.',
    );
  });

  it('and in English', () => {
    renderWithI18n(<ProblemNotice problem={rateLimited} />, 'en');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Too many requests in a short time. Wait a while and then try again.',
    );
  });
});
