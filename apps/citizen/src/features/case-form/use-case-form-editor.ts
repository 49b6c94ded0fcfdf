import { type AnswerValidator, type FormDefinition, type FormProblem } from '@etj/domain';
import { readApiProblem, readFieldProblems, useLanguage } from '@etj/spa';
import { type ApiProblem, type FormProblem as SummaryProblem, withLanguage } from '@etj/ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
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
import { type CaseDraft } from './use-case-draft.ts';
import { useReviewCaseDraft } from './use-review-case-draft.ts';
import { useSaveCaseDraft } from './use-save-case-draft.ts';

type Problems = ReturnType<typeof problemsByField>;

/** Where the review page of a draft is. */
export const reviewPath = (draftId: string) => `/drafts/${draftId}/review`;

/**
 * The form in progress: answers in memory (never in web storage), inline errors once a field
 * has been left or the form submitted, the error summary, and saving and reviewing on the server.
 */
export function useCaseFormEditor({
  definition,
  validator,
  clinicId,
  caseTypeId,
  draft,
}: {
  definition: FormDefinition;
  validator: AnswerValidator;
  clinicId: string;
  caseTypeId: string;
  draft: CaseDraft | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const saver = useSaveCaseDraft();
  const reviewer = useReviewCaseDraft();

  const [answers, setAnswers] = useState<Answers>(() =>
    withMinimumOccurrences(definition.items, draft?.answers ?? {}),
  );
  const [draftId, setDraftId] = useState<string | null>(draft?.id ?? null);
  const [revision, setRevision] = useState<number | null>(draft?.revision ?? null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [left, setLeft] = useState<ReadonlySet<AnswerPath>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverProblems, setServerProblems] = useState<Problems>(new Map());
  const [summary, setSummary] = useState<{ attempt: number; problems: SummaryProblem[] }>({
    attempt: 0,
    problems: [],
  });
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  const enabled = useMemo(() => validator.enabledPaths(answers), [validator, answers]);
  const cleaned = useMemo(
    () => withoutDisabled(definition.items, answers, enabled),
    [definition, answers, enabled],
  );
  const localProblems = useMemo(() => {
    const result = validator.validate(cleaned);
    return problemsByField(definition, result.ok ? [] : result.problems);
  }, [validator, definition, cleaned]);

  const messageOf = (formProblem: FormProblem) =>
    t(`common:formProblems.${formProblem.code}`, formProblem.params ?? {});

  const showProblems = (problems: Problems) => {
    setSubmitted(true);
    setSummary((previous) => ({
      attempt: previous.attempt + 1,
      problems: [...problems.values()].map(({ field, problem: formProblem }) => {
        const name = fieldName(field, language, (group, number) =>
          t('caseForm.occurrence', { group, number }),
        );
        const label = name.occurrence
          ? t('caseForm.inGroup', { label: name.label, occurrence: name.occurrence })
          : name.label;
        return {
          targetId: fieldId(field.path),
          message: t('caseForm.summaryItem', { label, message: messageOf(formProblem) }),
        };
      }),
    }));
  };

  /** Saves; on refusal shows the field problems (or the API problem) and answers null. */
  const persist = async (): Promise<string | null> => {
    setProblem(null);
    try {
      const saved = await saver.save({
        clinicId,
        caseTypeId,
        answers: cleaned,
        ...(draftId ? { draftId } : {}),
        ...(revision !== null ? { revision } : {}),
      });
      setDraftId(saved.id);
      setRevision(saved.revision);
      setSavedAt(saved.updatedAt);
      return saved.id;
    } catch (error) {
      refused(error);
      return null;
    }
  };

  const refused = (error: unknown) => {
    const fields = problemsByField(definition, readFieldProblems(error));
    if (fields.size > 0) {
      setServerProblems(fields);
      showProblems(fields);
    } else {
      setProblem(readApiProblem(error));
    }
  };

  return {
    answers,
    enabled,
    draftId,
    savedAt,
    summary,
    problem,
    saving: saver.saving,
    reviewing: reviewer.reviewing,
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
    save: async () => {
      await persist();
    },
    /** Checks here first (the same rules), then saves and lets the API decide. */
    review: async () => {
      if (localProblems.size > 0) {
        showProblems(localProblems);
        return;
      }
      const id = await persist();
      if (id === null) return;
      try {
        if (await reviewer.review(id)) await navigate(withLanguage(reviewPath(id), language));
      } catch (error) {
        refused(error);
      }
    },
  };
}
