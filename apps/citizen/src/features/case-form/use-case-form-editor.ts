import { CombinedGraphQLErrors } from '@apollo/client/errors';
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
import { isNotForProxy } from '../proxy/not-for-proxy.ts';

/** Whether the save was refused because the draft was saved elsewhere since it was opened. */
function isDraftChanged(error: unknown): boolean {
  if (!CombinedGraphQLErrors.is(error)) return false;
  const extensions = error.errors[0]?.extensions;
  return extensions?.['code'] === 'CONFLICT' && extensions['reason'] === 'DRAFT_CHANGED';
}

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
  onCreated,
}: {
  definition: FormDefinition;
  validator: AnswerValidator;
  clinicId: string;
  caseTypeId: string;
  draft: CaseDraft | null;
  /** Called once, when the first save made a new draft. */
  onCreated: (draftId: string) => void;
}) {
  const language = useLanguage();
  const navigate = useNavigate();
  const saver = useSaveCaseDraft();
  const reviewer = useReviewCaseDraft();
  const form = useAnswerForm({ definition, validator, initialAnswers: draft?.answers ?? {} });

  const [draftId, setDraftId] = useState<string | null>(draft?.id ?? null);
  const [revision, setRevision] = useState<number | null>(draft?.revision ?? null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  /** When the server deletes the draft unless it changes again; null until it exists. */
  const [deletesAt, setDeletesAt] = useState<string | null>(draft?.deletesAt ?? null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const [notForProxy, setNotForProxy] = useState(false);

  /** Saves; on refusal shows the field problems (or the API problem) and answers null. */
  const persist = async (): Promise<string | null> => {
    setProblem(null);
    setChangedElsewhere(false);
    setNotForProxy(false);
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
      setDeletesAt(saved.deletesAt);
      if (draftId === null) onCreated(saved.id);
      return saved.id;
    } catch (error) {
      refused(error);
      return null;
    }
  };

  const refused = (error: unknown) => {
    if (isDraftChanged(error)) {
      setChangedElsewhere(true);
      return;
    }
    if (isNotForProxy(error)) {
      setNotForProxy(true);
      return;
    }
    const fields = problemsByField(definition, readFieldProblems(error));
    if (fields.size > 0) form.showServerProblems(fields);
    else setProblem(readApiProblem(error));
  };

  return {
    answers: form.answers,
    enabled: form.enabled,
    draftId,
    savedAt,
    deletesAt,
    summary: form.summary,
    problem,
    /** The draft was saved elsewhere (another tab or device): this save was refused. */
    changedElsewhere,
    /** Proxy mode: the API refused because the type is not adapted for proxy. */
    notForProxy,
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
