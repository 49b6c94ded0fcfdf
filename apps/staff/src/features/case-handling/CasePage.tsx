import { AnswerSummary, AppPage, useLanguage } from '@etj/spa';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { localize } from '@etj/domain';
import { staffTitleIn } from '@etj/domain/staff-titles';
import {
  AppLink,
  FactList,
  LoadingState,
  ProblemNotice,
  formatDate,
  formatDateTime,
} from '@etj/ui';
import { type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PATHS, staffCasePath } from '../../routing/paths.ts';
import { useStaffViewer } from '../identity/use-staff-viewer.ts';
import { CasePresenceNotice } from '../presence/CasePresenceNotice.tsx';
import { CaseShortcuts, useCaseNeighbours } from '../shortcuts/CaseShortcuts.tsx';
import { ASSIGN_TO_ME_ID, AssignForm, CAREGIVER_ID, useViewerAsCaregiver } from './AssignForm.tsx';
import { CaseStatusTag, TimeLeft } from './CaseTable.tsx';
import { AttachmentLinks, CaseThread } from './CaseThread.tsx';
import { CloseCaseForm } from './CloseCaseForm.tsx';
import { InternalNotes } from './InternalNotes.tsx';
import { ResponseForm } from './ResponseForm.tsx';
import { RESPONSE_FIELD_IDS } from './response-form.ts';
import { type StaffCaseDetail, useStaffCase } from './use-staff-case.ts';
import { workAccess } from './work-access.ts';

/** `/cases/:caseId`: one case as its receiver or caregiver works with it. */
export function CasePage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const state = useStaffCase(caseId);
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'failed') {
    if (state.problem.code === 'NOT_FOUND') {
      return (
        <AppPage title={t('caseWork.notFound.title')}>
          <Paragraph>{t('caseWork.notFound.body')}</Paragraph>
          <BackLinks />
        </AppPage>
      );
    }
    return <ProblemNotice problem={state.problem} />;
  }
  return <CaseWork key={state.caseRecord.id} caseRecord={state.caseRecord} reload={state.reload} />;
}

type Notice =
  { kind: 'conflict'; count: number } | { kind: 'done'; message: string; count: number };

function CaseWork({
  caseRecord,
  reload,
}: {
  caseRecord: StaffCaseDetail;
  reload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [writing, setWriting] = useState(false);
  const takeFocus = useCallback((element: HTMLElement | null) => {
    element?.focus();
  }, []);
  const me = useViewerAsCaregiver(!caseRecord.canAssign);
  const mayAnswer = caseRecord.canRespond && caseRecord.status !== 'CLOSED';
  const tell = (message: string) => {
    setNotice((current) => ({ kind: 'done', message, count: (current?.count ?? 0) + 1 }));
  };
  const onConflict = () => {
    void reload().then(() => {
      setNotice((current) => ({ kind: 'conflict', count: (current?.count ?? 0) + 1 }));
    });
  };
  const typeName = localize(
    { sv: caseRecord.caseTypeName.sv, en: caseRecord.caseTypeName.en ?? undefined },
    language,
  );
  const details: [string, ReactNode][] = [
    [t('caseWork.details.type'), typeName],
    [
      t('caseWork.details.patient'),
      t('caseWork.details.patientValue', {
        name: caseRecord.patientName,
        identityNumber: caseRecord.patientIdentityNumber,
      }),
    ],
    ...(caseRecord.sentBy
      ? ([[t('caseWork.details.sentBy'), caseRecord.sentBy]] satisfies [string, ReactNode][])
      : []),
    [t('caseWork.details.clinic'), caseRecord.clinicName],
    [t('caseWork.details.sent'), formatDateTime(caseRecord.submittedAt, language)],
    [t('caseWork.details.status'), <CaseStatusTag key="status" status={caseRecord.status} />],
    ...(caseRecord.firstAnswerDue
      ? ([
          [t('caseList.timeLeft'), <TimeLeft key="due" due={caseRecord.firstAnswerDue} />],
        ] satisfies [string, ReactNode][])
      : []),
    [
      t('caseWork.details.assignee'),
      caseRecord.assignee
        ? t('caseWork.details.assigneeValue', {
            name: caseRecord.assignee.name,
            title: staffTitleIn(caseRecord.assignee.title, language),
          })
        : t('caseWork.details.unassigned'),
    ],
    [t('caseWork.details.deletesAt'), formatDate(caseRecord.deletesAt, language)],
  ];

  return (
    <AppPage title={t('caseWork.title', { reference: caseRecord.reference })} width="wide">
      <BackLinks />
      <CasePresenceNotice caseId={caseRecord.id} writing={writing} />
      <CaseShortcuts
        caseId={caseRecord.id}
        chooseAssignee={me === null || caseRecord.assignee?.id === me.id}
        {...(caseRecord.canAssign
          ? {
              assign: () => {
                const toMe = document.getElementById(ASSIGN_TO_ME_ID);
                if (toMe) {
                  // The confirmation takes focus and says it.
                  toMe.click();
                  return null;
                }
                const list = document.getElementById(CAREGIVER_ID);
                // Until the clinic's caregivers have loaded there is nothing to go to.
                if (!list) return null;
                list.focus();
                return t('shortcuts.said.chooseCaregiver');
              },
            }
          : {})}
        {...(mayAnswer
          ? {
              answer: () => {
                document.getElementById(RESPONSE_FIELD_IDS.text)?.focus();
                return t('shortcuts.said.answerField');
              },
            }
          : {})}
      />
      {notice ? (
        <Alert
          key={notice.count}
          data-color={notice.kind === 'conflict' ? 'warning' : 'success'}
          role="status"
          tabIndex={-1}
          ref={takeFocus}
          className="etj-focus-target"
        >
          <Paragraph>
            {notice.kind === 'conflict' ? t('caseWork.conflict') : notice.message}
          </Paragraph>
          {notice.kind === 'done' ? <NextSteps caseId={caseRecord.id} /> : null}
        </Alert>
      ) : null}
      {/* The case and its thread first, then what can be done with it: the reading and tab order
          a screen reader or keyboard user meets, side by side on a wide screen. */}
      <div className="etj-case-layout">
        <div className="etj-case-layout__case">
          <section aria-labelledby="case-details-heading" className="etj-panel">
            <Heading level={2} data-size="sm" id="case-details-heading">
              {t('caseWork.details.title')}
            </Heading>
            <FactList facts={details} />
          </section>

          <section aria-labelledby="case-form-heading" className="etj-panel">
            <Heading level={2} data-size="sm" id="case-form-heading">
              {t('caseWork.form.title')}
            </Heading>
            <AnswerSummary
              definition={caseRecord.form.definition}
              clinicOptions={caseRecord.form.clinicOptions}
              answers={caseRecord.form.answers}
            />
            <Heading level={3} data-size="xs">
              {t('caseWork.attachments.title')}
            </Heading>
            {caseRecord.attachments.length > 0 ? (
              <AttachmentLinks attachments={caseRecord.attachments} />
            ) : (
              <Paragraph>{t('caseWork.attachments.none')}</Paragraph>
            )}
          </section>

          <CaseThread messages={caseRecord.messages} />
        </div>
        <div className="etj-case-layout__actions">
          {caseRecord.canAssign ? (
            <AssignForm
              caseId={caseRecord.id}
              revision={caseRecord.revision}
              assigneeId={caseRecord.assignee?.id ?? null}
              onAssigned={(name, toViewer) => {
                tell(
                  toViewer ? t('caseWork.assign.doneToYou') : t('caseWork.assign.done', { name }),
                );
              }}
              onConflict={onConflict}
            />
          ) : null}

          {caseRecord.canRespond && caseRecord.status !== 'CLOSED' ? (
            <ResponseForm
              caseId={caseRecord.id}
              revision={caseRecord.revision}
              onSent={(kind) => {
                tell(t(`caseWork.respond.sent.${kind}`));
              }}
              onConflict={onConflict}
              onWritingChange={setWriting}
            />
          ) : null}

          {caseRecord.canRespond && caseRecord.status === 'ANSWERED' ? (
            <CloseCaseForm
              caseId={caseRecord.id}
              revision={caseRecord.revision}
              onClosed={() => {
                tell(t('caseWork.close.done'));
              }}
              onConflict={onConflict}
            />
          ) : null}

          <InternalNotes caseId={caseRecord.id} notes={caseRecord.notes} />
        </div>
      </div>
    </AppPage>
  );
}

/**
 * After a change, where the person goes on: the next case of the list they came from, and back
 * to that list (or to the lists their roles give when they came from none).
 */
function NextSteps({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { kind, next } = useCaseNeighbours(caseId);
  if (!kind) return <BackLinks />;
  return (
    <Paragraph className="etj-back-links">
      {next ? (
        <>
          <AppLink href={staffCasePath(next.id)}>
            {t('caseWork.nextCase', { reference: next.reference })}
          </AppLink>
          {' · '}
        </>
      ) : null}
      <AppLink href={kind === 'queue' ? PATHS.caseQueue : PATHS.myCases}>
        {t(kind === 'queue' ? 'caseWork.toQueue' : 'caseWork.toMyCases')}
      </AppLink>
    </Paragraph>
  );
}

/** Back to the lists the viewer's roles give. */
function BackLinks() {
  const { t } = useTranslation();
  const viewer = useStaffViewer();
  const access = workAccess(viewer.status === 'signed-in' ? viewer.viewer : null);
  return (
    <Paragraph className="etj-back-links">
      {access.queue ? <AppLink href={PATHS.caseQueue}>{t('caseWork.toQueue')}</AppLink> : null}
      {access.queue && access.workList ? ' · ' : null}
      {access.workList ? <AppLink href={PATHS.myCases}>{t('caseWork.toMyCases')}</AppLink> : null}
    </Paragraph>
  );
}
