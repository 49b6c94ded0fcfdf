import {
  stockholmDate,
  type AnswerValidator,
  type FormDefinition,
  type FormProblem,
} from '@etj/domain';
import { type FormProblem as SummaryProblem } from '@etj/ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../routing/language.tsx';
import { addFormProblemMessages } from './form-problem-messages.ts';
import {
  type Answers,
  type AnswerPath,
  fieldId,
  fieldName,
  problemsByField,
  withAnswer,
  withMinimumOccurrences,
  withoutDisabled,
} from './form-answers.ts';

/** Problems keyed by field path, as `problemsByField` gives them. */
export type FieldProblems = ReturnType<typeof problemsByField>;

/** The error summary's content; `attempt` moves focus to it each time it grows. */
export type AnswerFormSummary = { attempt: number; problems: SummaryProblem[] };

/**
 * Answers to a form definition while they are being given: in memory only, inline errors once
 * a field has been left or the form submitted (the domain validator's, then any the server
 * reported until that field changes), and the error summary. Saving is the caller's business.
 */
export function useAnswerForm({
  definition,
  validator,
  initialAnswers,
}: {
  definition: FormDefinition;
  validator: AnswerValidator;
  initialAnswers?: Answers;
}) {
  const { t, i18n } = useTranslation('common');
  addFormProblemMessages(i18n);
  const language = useLanguage();
  const [answers, setAnswers] = useState<Answers>(() =>
    withMinimumOccurrences(definition.items, initialAnswers ?? {}),
  );
  const [left, setLeft] = useState<ReadonlySet<AnswerPath>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverProblems, setServerProblems] = useState<FieldProblems>(new Map());
  const [summary, setSummary] = useState<AnswerFormSummary>({ attempt: 0, problems: [] });

  const enabled = useMemo(() => validator.enabledPaths(answers), [validator, answers]);
  const cleaned = useMemo(
    () => withoutDisabled(definition.items, answers, enabled),
    [definition, answers, enabled],
  );
  const localProblems = useMemo(() => {
    // The browser's date; the API checks again on its own clock.
    const result = validator.validate(cleaned, { today: stockholmDate(new Date()) });
    return problemsByField(definition, result.ok ? [] : result.problems);
  }, [validator, definition, cleaned]);

  const messageOf = (formProblem: FormProblem) =>
    t(`formProblems.${formProblem.code}`, formProblem.params ?? {});

  const showProblems = (problems: FieldProblems) => {
    setSubmitted(true);
    setSummary((previous) => ({
      attempt: previous.attempt + 1,
      problems: [...problems.values()].map(({ field, problem: formProblem }) => {
        const name = fieldName(field, language, (group, number) =>
          t('answerForm.occurrence', { group, number }),
        );
        const label = name.occurrence
          ? t('answerForm.inGroup', { label: name.label, occurrence: name.occurrence })
          : name.label;
        return {
          targetId: fieldId(field.path),
          message: t('answerForm.summaryItem', { label, message: messageOf(formProblem) }),
        };
      }),
    }));
  };

  return {
    answers,
    enabled,
    /** The answers without those to switched-off items: what to validate and send. */
    cleaned,
    summary,
    setAnswer: (path: AnswerPath, value: unknown) => {
      setAnswers((previous) => withAnswer(previous, path, value));
      if (serverProblems.has(path)) {
        const next = new Map(serverProblems);
        next.delete(path);
        setServerProblems(next);
      }
    },
    leaveField: (path: AnswerPath) => {
      if (!left.has(path)) setLeft(new Set([...left, path]));
    },
    errorFor: (path: AnswerPath): string | undefined => {
      if (!submitted && !left.has(path)) return undefined;
      const found = localProblems.get(path) ?? serverProblems.get(path);
      return found ? messageOf(found.problem) : undefined;
    },
    /** Checks the answers with the domain rules; on problems shows them and answers false. */
    check: (): boolean => {
      if (localProblems.size === 0) return true;
      showProblems(localProblems);
      return false;
    },
    /** Shows problems the server found (BAD_USER_INPUT field paths) at their fields. */
    showServerProblems: (problems: FieldProblems) => {
      setServerProblems(problems);
      showProblems(problems);
    },
  };
}

export type AnswerForm = ReturnType<typeof useAnswerForm>;
