import { AppPage, useLanguage } from '@etj/spa';
import { Paragraph } from '@digdir/designsystemet-react';
import { AppLink, LoadingState, ProblemNotice, withLanguage } from '@etj/ui';
import { type ReactNode } from 'react';
import { Navigate } from 'react-router';
import { PATHS } from '../../routing/paths.ts';
import { type StaffViewer, useStaffViewer } from './use-staff-viewer.ts';

/** The texts of the page that tells a signed-in user this page is not theirs. */
export type RoleRefusal = { title: string; body: string; backToStart: string };

/**
 * A page for someone whose chosen workplace allows it (`allowed`); everyone else is sent to
 * the start page (login, terms, workplace) or told the page is not theirs (`refusal`). The API
 * refuses the operations anyway; this only keeps the navigation honest.
 */
export function RoleRoute({
  allowed,
  refusal,
  children,
}: {
  /** From the viewer's booleans, which the API computes for the chosen workplace. */
  allowed: (viewer: StaffViewer) => boolean;
  refusal: RoleRefusal;
  children: ReactNode;
}) {
  const state = useStaffViewer();
  const language = useLanguage();
  switch (state.status) {
    case 'loading':
      return <LoadingState />;
    case 'anonymous':
      return <Navigate to={withLanguage(PATHS.start, language)} replace />;
    case 'failed':
      return <ProblemNotice problem={state.problem} />;
    case 'signed-in': {
      const { viewer } = state;
      if (viewer.mustAcceptTerms || viewer.currentUnit === null) {
        return <Navigate to={withLanguage(PATHS.start, language)} replace />;
      }
      if (!allowed(viewer)) {
        return (
          <AppPage title={refusal.title}>
            <Paragraph>{refusal.body}</Paragraph>
            <AppLink href={PATHS.start}>{refusal.backToStart}</AppLink>
          </AppPage>
        );
      }
      return children;
    }
  }
}
