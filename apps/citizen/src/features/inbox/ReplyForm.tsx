import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Textarea,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { ErrorSummary, ProblemNotice } from '@etj/ui';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ReplyRefusal } from './use-reply-to-case.ts';

const REPLY_FIELD_ID = 'reply-text';
/** The API's limit on a reply's length. */
export const MAX_REPLY_LENGTH = 10_000;

type ReplyProblem = 'required' | 'tooLong';

/** "Svara på frågan": the citizen's answer to a counter-question. */
export function ReplyForm({
  sending,
  refusal,
  onSend,
}: {
  sending: boolean;
  refusal: ReplyRefusal | null;
  /** Sends the reply; true once it is accepted. */
  onSend: (text: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState<ReplyProblem | null>(null);
  const message =
    problem === 'required'
      ? t('reply.required')
      : problem === 'tooLong'
        ? t('reply.tooLong', { max: MAX_REPLY_LENGTH })
        : null;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = text.trim();
    const found: ReplyProblem | null =
      trimmed === '' ? 'required' : trimmed.length > MAX_REPLY_LENGTH ? 'tooLong' : null;
    setProblem(found);
    setAttempt((count) => count + 1);
    if (found) return;
    void onSend(trimmed).then((accepted) => {
      if (accepted) setText('');
    });
  };

  return (
    <section aria-labelledby="reply-title" className="etj-panel">
      <Heading level={2} data-size="sm" id="reply-title">
        {t('reply.title')}
      </Heading>
      <Paragraph>{t('reply.lead')}</Paragraph>
      <ErrorSummary
        attempt={attempt}
        problems={message ? [{ targetId: REPLY_FIELD_ID, message }] : []}
      />
      <form onSubmit={submit} noValidate className="etj-form">
        <Field>
          <Label htmlFor={REPLY_FIELD_ID}>{t('reply.label')}</Label>
          <Textarea
            id={REPLY_FIELD_ID}
            rows={6}
            value={text}
            aria-invalid={message ? true : undefined}
            onChange={(event) => {
              setText(event.target.value);
              if (problem) setProblem(null);
            }}
          />
          {message ? <ValidationMessage>{message}</ValidationMessage> : null}
        </Field>
        {refusal?.kind === 'problem' ? <ProblemNotice problem={refusal.problem} /> : null}
        {refusal?.kind === 'not-waiting' ? (
          <Alert data-color="warning" role="alert">
            <Paragraph>{t('reply.notWaiting')}</Paragraph>
          </Alert>
        ) : null}
        <div className="etj-actions">
          <Button type="submit" loading={sending}>
            {t('reply.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
