import { type AnswerValidator, type FormDefinition } from '@etj/domain';
import {
  problemsByField,
  readApiProblem,
  readFieldProblems,
  useAnswerForm,
  useLanguage,
} from '@etj/spa';
import { type ApiProblem, withLanguage } from '@etj/ui';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { type CaseDraft } from './use-case-draft.ts';
import { useReviewCaseDraft } from './use-review-case-draft.ts';
import { useSaveCaseDraft } from './use-save-case-draft.ts';

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
  const language = useLanguage();
  const navigate = useNavigate();
  const saver = useSaveCaseDraft();
  const reviewer = useReviewCaseDraft();
  const form = useAnswerForm({ definition, validator, initialAnswers: draft?.answers ?? {} });

  const [draftId, setDraftId] = useState<string | null>(draft?.id ?? null);
  const [revision, setRevision] = useState<number | null>(draft?.revision ?? null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  /** Saves; on refusal shows the field problems (or the API problem) and answers null. */
  const persist = async (): Promise<string | null> => {
    setProblem(null);
    try {
      const saved = await saver.save({
        clinicId,
        caseTypeId,
        answers: form.cleaned,
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
    if (fields.size > 0) form.showServerProblems(fields);
    else setProblem(readApiProblem(error));
  };

  return {
    answers: form.answers,
    enabled: form.enabled,
    draftId,
    savedAt,
    summary: form.summary,
    problem,
    saving: saver.saving,
    reviewing: reviewer.reviewing,
    setAnswer: form.setAnswer,
    leaveField: form.leaveField,
    errorFor: form.errorFor,
    save: async () => {
      await persist();
    },
    /** Checks here first (the same rules), then saves and lets the API decide. */
    review: async () => {
      if (!form.check()) return;
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
