import { screen } from '@testing-library/react';
import { type ReactElement } from 'react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppPage } from '../pages/AppPage.tsx';
import { anonymousViewer, renderFixtureApp } from '../test/fixture-app.tsx';
import { lazyPage } from './lazy-page.tsx';

type SlowModule = { SlowPage: () => ReactElement };

describe('a page in its own chunk', () => {
  it('says politely that it is loading, inside the page shell, then shows the page', async () => {
    let arrive: (module: SlowModule) => void = () => undefined;
    const SlowPage = lazyPage(
      () =>
        new Promise<SlowModule>((resolve) => {
          arrive = resolve;
        }),
      'SlowPage',
    );
    renderFixtureApp({
      path: '/slow',
      mocks: [anonymousViewer],
      routes: <Route path="slow" element={<SlowPage />} />,
    });

    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Laddar …');
    expect(screen.getByRole('main')).toContainElement(status);
    expect(screen.getByRole('link', { name: 'Till huvudinnehållet' })).toBeInTheDocument();

    arrive({ SlowPage: () => <AppPage title="Sidan som laddades" /> });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sidan som laddades' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
