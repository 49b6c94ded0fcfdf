import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import {
  type AnswerValidator,
  buildAnswerValidator,
  type FormDefinition,
  localize,
  parseFormDefinition,
} from '@etj/domain';
import { FormRenderer, useAnswerForm, useLanguage } from '@etj/spa';
import { ErrorSummary } from '@etj/ui';
import { type SubmitEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The form as the citizen meets it, rendered by the citizen's own renderer: the administrator
 * can fill it in and see the inline errors and the error summary. Nothing is saved.
 */
export function BuilderPreview({ definition }: { definition: Record<string, unknown> }) {
  const { t } = useTranslation();
  const built = useMemo(() => {
    const parsed = parseFormDefinition(definition);
    if (!parsed.ok) return null;
    try {
      return { definition: parsed.value, validator: buildAnswerValidator(parsed.value) };
    } catch {
      return null;
    }
  }, [definition]);
  if (!built) {
    return (
      <Alert data-color="warning">
        <Paragraph>{t('customCaseTypes.builder.previewUnavailable')}</Paragraph>
      </Alert>
    );
  }
  return <TryOut {...built} />;
}

function TryOut({
  definition,
  validator,
}: {
  definition: FormDefinition;
  validator: AnswerValidator;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const form = useAnswerForm({ definition, validator });
  const [passed, setPassed] = useState(false);
  // The citizen's page shows the emergency text above the form, not among the questions.
  const emergency = definition.items.find(
    (item) => item.type === 'display' && item.linkId === 'notForEmergencies',
  );
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPassed(form.check());
  };
  return (
    <div className="etj-preview">
      <Heading level={3} data-size="sm">
        {localize(definition.title, language)}
      </Heading>
      {emergency ? (
        <Alert data-color="warning">
          <Paragraph>{localize(emergency.text, language)}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary attempt={form.summary.attempt} problems={form.summary.problems} />
      <form onSubmit={submit} noValidate className="etj-form">
        <FormRenderer
          items={definition.items}
          validator={validator}
          answers={form.answers}
          enabled={form.enabled}
          language={language}
          onAnswer={(path, value) => {
            setPassed(false);
            form.setAnswer(path, value);
          }}
          errorFor={form.errorFor}
          onLeaveField={form.leaveField}
        />
        <div className="etj-actions">
          <Button type="submit" variant="secondary">
            {t('customCaseTypes.builder.previewCheck')}
          </Button>
        </div>
        <p role="status" className="etj-muted">
          {passed ? t('customCaseTypes.builder.previewPassed') : null}
        </p>
      </form>
    </div>
  );
}
