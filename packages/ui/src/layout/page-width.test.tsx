import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../test/render.tsx';
import { Page } from './Page.tsx';
import { PageShell } from './PageShell.tsx';

function shell(width?: 'reading' | 'wide') {
  return renderWithI18n(
    <PageShell productName="E-tjänster" homeHref="/" languageSwitch={null}>
      <Page title="Inkommande ärenden" productName="E-tjänster" width={width}>
        <p>Innehåll</p>
      </Page>
    </PageShell>,
  );
}

describe('page width', () => {
  it('keeps a page to the reading measure unless it says it is a work page', () => {
    shell();
    const page = screen.getByRole('heading', { level: 1 }).parentElement!;
    expect(page).toHaveClass('etj-page', 'etj-page--reading');
    expect(page).toContainElement(screen.getByText('Innehåll'));
    // The main landmark is as wide as a work page may be; the page keeps to its own width.
    expect(screen.getByRole('main').firstElementChild).toHaveClass(
      'etj-container',
      'etj-container--main',
    );
  });

  it('lays a work page out over the width of the screen', () => {
    shell('wide');
    const page = screen.getByRole('heading', { level: 1 }).parentElement!;
    expect(page).toHaveClass('etj-page', 'etj-page--wide');
    expect(page).not.toHaveClass('etj-page--reading');
  });
});
