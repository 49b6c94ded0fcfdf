import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  activeSession,
  clinicAdminUnit,
  clinicUnit,
  nationalUnit,
  regionUnit,
  renderStaffApp,
  signedInViewer,
} from '../../test/render-app.tsx';

describe('administration links on the start page', () => {
  it('offers a clinic administrator the clinic’s e-services and own e-services', async () => {
    renderStaffApp({
      mocks: [
        signedInViewer({ currentUnit: clinicAdminUnit, units: [clinicAdminUnit] }),
        activeSession,
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });
    expect(screen.getByRole('link', { name: 'E-tjänster på mottagningen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Egna e-tjänster' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Regionens utbud' })).not.toBeInTheDocument();
  });

  it('offers a region administrator the region’s offering only', async () => {
    renderStaffApp({
      mocks: [signedInViewer({ currentUnit: regionUnit }), activeSession],
    });
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });
    expect(screen.getByRole('link', { name: 'Regionens utbud' })).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'E-tjänster på mottagningen' }),
    ).not.toBeInTheDocument();
  });

  it('offers nothing to administer to a case receiver, and says so on an admin address', async () => {
    renderStaffApp({
      path: '/admin/case-types',
      mocks: [signedInViewer({ currentUnit: clinicUnit }), activeSession],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet till sidan' }),
    ).toBeInTheDocument();
  });

  it('follows what the API says the viewer may do, not the role names it shows', async () => {
    renderStaffApp({
      mocks: [
        signedInViewer({
          currentUnit: clinicAdminUnit,
          units: [clinicAdminUnit],
          permissions: { mayAdministerClinic: false },
        }),
        activeSession,
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });
    expect(screen.getByText(/Administratör/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Standardsvar' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Administration' })).not.toBeInTheDocument();
  });

  it('shows the national service administration as a workplace without a region', async () => {
    renderStaffApp({
      mocks: [
        signedInViewer({ currentUnit: nationalUnit, units: [nationalUnit, clinicUnit] }),
        activeSession,
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });
    expect(
      screen.getByText('Nationell tjänsteförvaltning (Nationell förvaltning)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Nationell tjänsteförvaltare')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Inkommande ärenden' })).not.toBeInTheDocument();
  });
});
