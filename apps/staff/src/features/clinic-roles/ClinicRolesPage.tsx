import { AppPage, useLanguage } from '@etj/spa';
import { staffTitleIn } from '@etj/domain/staff-titles';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Table,
} from '@digdir/designsystemet-react';
import { CardTable, LoadingState, ProblemNotice, type ApiProblem } from '@etj/ui';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type StaffRole } from '../../gql/graphql.ts';
import {
  CLINIC_ROLES,
  type ClinicStaffMember,
  type RolesRefusal,
  useClinicStaff,
  useSetClinicRoles,
} from './use-clinic-roles.ts';

/**
 * "Behörigheter": who works at the clinic (from the HSA catalogue) and the roles the clinic
 * administrator gives them in the e-services. One person's roles are changed at a time, in a
 * form below the table; every change is logged (the admin action log).
 */
export function ClinicRolesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = useClinicStaff();
  const [editing, setEditing] = useState<ClinicStaffMember | null>(null);
  const [message, setMessage] = useState('');

  if (state.status !== 'ready') {
    return (
      <AppPage title={t('clinicRoles.title')}>
        {state.status === 'loading' ? <LoadingState /> : <ProblemNotice problem={state.problem} />}
      </AppPage>
    );
  }
  const rolesOf = (member: ClinicStaffMember) =>
    member.roles.length === 0
      ? t('clinicRoles.noRoles')
      : member.roles.map((role) => t(`roles.${role}`)).join(', ');

  return (
    <AppPage title={t('clinicRoles.title')}>
      <Paragraph className="etj-lead">{t('clinicRoles.lead')}</Paragraph>
      <Paragraph role="status">{message}</Paragraph>
      <CardTable className="etj-admin-table">
        <caption className="etj-visually-hidden">{t('clinicRoles.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('clinicRoles.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('clinicRoles.assignment')}</Table.HeaderCell>
            <Table.HeaderCell>{t('clinicRoles.roles')}</Table.HeaderCell>
            <Table.HeaderCell>
              <span className="etj-visually-hidden">{t('clinicRoles.change')}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {state.staff.map((member) => (
            <Table.Row key={member.assignmentId}>
              <Table.Cell>
                {member.isViewer ? t('clinicRoles.you', { name: member.name }) : member.name}
                <br />
                {t('clinicRoles.titleAndHsa', {
                  title: staffTitleIn(member.title, language),
                  hsaId: member.hsaId,
                })}
              </Table.Cell>
              <Table.Cell>
                {member.validTo
                  ? t('clinicRoles.between', { from: member.validFrom, to: member.validTo })
                  : t('clinicRoles.since', { from: member.validFrom })}
              </Table.Cell>
              <Table.Cell>{rolesOf(member)}</Table.Cell>
              <Table.Cell>
                <Button
                  variant="secondary"
                  data-size="sm"
                  onClick={() => {
                    setEditing(member);
                    setMessage('');
                  }}
                >
                  {t('clinicRoles.changeFor', { name: member.name })}
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </CardTable>
      {editing ? (
        <RolesForm
          key={editing.assignmentId}
          member={editing}
          onDone={(saved) => {
            setEditing(null);
            if (saved) setMessage(t('clinicRoles.saved', { name: editing.name }));
          }}
        />
      ) : null}
    </AppPage>
  );
}

function RolesForm({
  member,
  onDone,
}: {
  member: ClinicStaffMember;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const setRoles = useSetClinicRoles();
  const [chosen, setChosen] = useState<StaffRole[]>(
    member.roles.filter((role) => (CLINIC_ROLES as readonly string[]).includes(role)),
  );
  const [refusal, setRefusal] = useState<RolesRefusal | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void setRoles.save(member.assignmentId, chosen).then((result) => {
      if (result.ok) {
        onDone(true);
        return;
      }
      if ('refusal' in result) {
        setRefusal(result.refusal);
        setProblem(null);
      } else {
        setProblem(result.problem);
        setRefusal(null);
      }
    });
  };

  return (
    <form onSubmit={submit} noValidate className="etj-panel" aria-labelledby="roles-form-heading">
      <Heading level={2} data-size="sm" id="roles-form-heading" ref={heading} tabIndex={-1}>
        {t('clinicRoles.formTitle', { name: member.name })}
      </Heading>
      {refusal ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t(`clinicRoles.refusals.${refusal}`)}</Paragraph>
        </Alert>
      ) : null}
      {problem ? <ProblemNotice problem={problem} /> : null}
      <Fieldset>
        <Fieldset.Legend>{t('clinicRoles.legend', { name: member.name })}</Fieldset.Legend>
        <Fieldset.Description>{t('clinicRoles.legendHint')}</Fieldset.Description>
        {CLINIC_ROLES.map((role) => (
          <Checkbox
            key={role}
            label={t(`roles.${role}`)}
            description={t(`clinicRoles.roleHints.${role}`)}
            checked={chosen.includes(role)}
            onChange={(event) => {
              const on = event.target.checked;
              setChosen((current) =>
                on
                  ? CLINIC_ROLES.filter((r) => r === role || current.includes(r))
                  : current.filter((r) => r !== role),
              );
            }}
          />
        ))}
      </Fieldset>
      <div className="etj-actions">
        <Button type="submit" loading={setRoles.busy}>
          {t('clinicRoles.save')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            onDone(false);
          }}
        >
          {t('clinicRoles.cancel')}
        </Button>
      </div>
    </form>
  );
}
