import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anonymousViewer, renderFixtureApp } from '../test/fixture-app.tsx';
import { type ServiceNotices } from './service-status-notice.ts';

const soon = new Date(Date.now() + 24 * 3_600_000).toISOString();

const notices: ServiceNotices = {
  current: [
    {
      id: 'd1',
      kind: 'DISTURBANCE',
      title: { sv: 'Inloggningen krånglar', en: 'Login trouble' },
      startsAt: '2026-12-03T08:00:00Z',
      endsAt: null,
    },
  ],
  upcoming: [
    {
      id: 'm1',
      kind: 'MAINTENANCE',
      title: { sv: 'Uppgradering', en: 'Upgrade' },
      startsAt: soon,
      endsAt: null,
    },
  ],
};

describe('the driftstatus banner', () => {
  it('names what is disturbed now and what is planned, and links to the status page', async () => {
    renderFixtureApp({ mocks: [anonymousViewer], notices: () => Promise.resolve(notices) });
    const banner = await screen.findByRole('region', { name: 'Driftinformation' });
    expect(within(banner).getByText('Inloggningen krånglar')).toBeInTheDocument();
    expect(within(banner).getByText(/^Driftstörning/)).toBeInTheDocument();
    expect(within(banner).getByText('Uppgradering')).toBeInTheDocument();
    expect(within(banner).getByText(/^Planerat underhåll/)).toBeInTheDocument();
    expect(within(banner).getByRole('link', { name: 'Se driftstatus' })).toHaveAttribute(
      'href',
      '/driftstatus',
    );
  });

  it('speaks English on English pages, and the staff SPA links to the public page', async () => {
    renderFixtureApp({
      path: '/?lang=en',
      surface: 'staff',
      mocks: [anonymousViewer],
      notices: () => Promise.resolve(notices),
    });
    const banner = await screen.findByRole('region', { name: 'Service status' });
    expect(within(banner).getByText('Login trouble')).toBeInTheDocument();
    expect(within(banner).getByRole('link', { name: 'See service status' })).toHaveAttribute(
      'href',
      '/citizen/driftstatus?lang=en',
    );
  });

  it('shows nothing when all is well, or when the status cannot be had', async () => {
    renderFixtureApp({
      mocks: [anonymousViewer],
      notices: () => Promise.resolve({ current: [], upcoming: [] }),
    });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'Driftinformation' })).toBeNull();
  });
});

describe('the way to driftstatus', () => {
  it('is in the footer of every page, with or without a banner', async () => {
    renderFixtureApp({ mocks: [anonymousViewer] });
    const footer = await screen.findByRole('navigation', { name: 'Om tjänsten' });
    expect(within(footer).getByRole('link', { name: 'Driftstatus' })).toHaveAttribute(
      'href',
      '/driftstatus',
    );
  });

  it('leads from the staff SPA to the public page', async () => {
    renderFixtureApp({ path: '/?lang=en', surface: 'staff', mocks: [anonymousViewer] });
    const footer = await screen.findByRole('navigation', { name: 'About the service' });
    expect(within(footer).getByRole('link', { name: 'Service status' })).toHaveAttribute(
      'href',
      '/citizen/driftstatus?lang=en',
    );
  });
});
