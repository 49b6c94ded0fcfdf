import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StaffSelectUnitDocument } from '../../gql/graphql.ts';
import {
  activeSession,
  clinicUnit,
  currentLocation,
  regionUnit,
  renderStaffApp,
  signedInViewer,
} from '../../test/render-app.tsx';

function selectUnitMock(unit: typeof clinicUnit | typeof regionUnit, onSelect: () => void) {
  return {
    request: { query: StaffSelectUnitDocument, variables: { unitId: unit.id } },
    result: () => {
      onSelect();
      return {
        data: {
          selectStaffUnit: { __typename: 'StaffViewer' as const, id: 'staff-1', currentUnit: unit },
        },
      };
    },
  };
}

describe('unit chooser', () => {
  it('asks for a workplace after login when none is chosen, and refuses to go on without one', async () => {
    const onSelect = vi.fn();
    renderStaffApp({
      mocks: [
        signedInViewer({ currentUnit: null }),
        activeSession,
        selectUnitMock(regionUnit, onSelect),
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Välj arbetsplats' });
    const group = screen.getByRole('group', { name: 'Arbetsplats' });
    expect(within(group).getAllByRole('radio')).toHaveLength(2);
    expect(
      within(group).getByRole('radio', { name: 'Region Exempelby' }),
    ).toHaveAccessibleDescription('Region i Region Exempelby. Roller: Regional förvaltare');

    await userEvent.click(screen.getByRole('button', { name: 'Fortsätt' }));
    const summary = await screen.findByRole('group', { name: /Du behöver rätta följande/ });
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Välj en arbetsplats' })).toHaveAttribute(
      'href',
      '#unit-unit-clinic',
    );
    expect(onSelect).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('radio', { name: 'Region Exempelby' }));
    await userEvent.click(screen.getByRole('button', { name: 'Fortsätt' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Översikt' })).toBeInTheDocument();
    expect(onSelect).toHaveBeenCalledOnce();
    expect(screen.getByText('Region Exempelby (Region), Region Exempelby')).toBeInTheDocument();
    expect(screen.getByText('Regional förvaltare')).toBeInTheDocument();
  });

  it('lets a staff member with several workplaces switch through "Byt arbetsplats"', async () => {
    const onSelect = vi.fn();
    renderStaffApp({
      mocks: [signedInViewer(), activeSession, selectUnitMock(regionUnit, onSelect)],
    });
    await userEvent.click(await screen.findByRole('link', { name: 'Byt arbetsplats' }));

    await screen.findByRole('heading', { level: 1, name: 'Byt arbetsplats' });
    expect(screen.getByRole('radio', { name: 'Vårdcentralen Tallbacken' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Region Exempelby' }));
    await userEvent.click(screen.getByRole('button', { name: 'Fortsätt' }));

    await screen.findByRole('heading', { level: 1, name: 'Översikt' });
    expect(onSelect).toHaveBeenCalledOnce();
    expect(currentLocation()).toBe('/');
    expect(screen.getByText('Region Exempelby (Region), Region Exempelby')).toBeInTheDocument();
  });

  it('offers no switch to someone with a single workplace', async () => {
    renderStaffApp({ mocks: [signedInViewer({ units: [clinicUnit] }), activeSession] });
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });
    expect(screen.queryByRole('link', { name: 'Byt arbetsplats' })).not.toBeInTheDocument();
  });
});
