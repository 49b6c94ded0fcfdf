import { useLanguage } from '@etj/spa';
import { LoadingState, ProblemNotice, withLanguage } from '@etj/ui';
import { Navigate } from 'react-router';
import { PATHS } from '../../routing/paths.ts';
import { useStaffViewer } from '../identity/use-staff-viewer.ts';
import { UnitChooserPage } from './UnitChooserPage.tsx';

/** `/choose-unit`: "Byt arbetsplats" for a logged-in staff member; others go to the start. */
export function ChooseUnitRoute() {
  const state = useStaffViewer();
  const language = useLanguage();
  switch (state.status) {
    case 'loading':
      return <LoadingState />;
    case 'anonymous':
      return <Navigate to={withLanguage(PATHS.start, language)} replace />;
    case 'failed':
      return <ProblemNotice problem={state.problem} />;
    case 'signed-in':
      return <UnitChooserPage viewer={state.viewer} mode="switch" />;
  }
}
