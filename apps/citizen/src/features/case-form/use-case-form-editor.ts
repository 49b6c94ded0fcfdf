import { type AnswerValidator, type FormDefinition } from '@etj/domain';
import {
  isConflict,
  problemsByField,
  readApiProblem,
  readFieldProblems,
  useAnswerForm,
  useBeforeLogout,
  useLanguage,
} from '@etj/spa';
import { type ApiProblem, withLanguage } from '@etj/ui';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { type CaseDraft } from './use-case-draft.ts';
import { useReviewCaseDraft } from './use-review-case-draft.ts';
import { useSaveCaseDraft } from './use-save-case-draft.ts';
import { isNotForProxy } from '../proxy/not-for-proxy.ts';
import { useCitizenViewer } from '../identity/use-citizen-viewer.ts';
import { useAutosaveTimer } from './use-autosave-timer.ts';

/** Whether the save was refused because the draft was saved elsewhere since it was opened. */
function isDraftChanged(error: unknown): boolean {
  return isConflict(error, 'DRAFT_CHANGED');
}

/** Whether the save was refused because the session now acts for someone else than the form's. */
function isSubjectChanged(error: unknown): boolean {
  return isConflict(error, 'SUBJECT_CHANGED');
}

/** Where the review page of a draft is. */
export const reviewPath = (draftId: string) => `/drafts/${draftId}/review`;

/**
 * The form in progress: answers in memory (never in web storage), inline errors once a field
 * has been left or the form submitted, the error summary, and saving and reviewing on the server.
 * Answers are saved on their own once typing pauses, and once more before the inactivity
 * logout, so the draft on the server keeps everything given. Saves run one at a time, each
 * sending the latest answers to the revision the previous one answered.
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
  const viewer = useCitizenViewer();
  const form = useAnswerForm({ definition, validator, initialAnswers: draft?.answers ?? {} });

  const [draftId, setDraftId] = useState<string | null>(draft?.id ?? null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  /** Whether the latest save was an automatic one (the status line says so more briefly). */
  const [autosaved, setAutosaved] = useState(false);
  /** An automatic save was refused or failed; the next change or "Spara utkast" tries again. */
  const [autosaveFailed, setAutosaveFailed] = useState(false);
  /** When the server deletes the draft unless it changes again; null until it exists. */
  const [deletesAt, setDeletesAt] = useState<string | null>(draft?.deletesAt ?? null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const [notForProxy, setNotForProxy] = useState(false);
  /** The API acts for someone else than the form was opened for: saving stops, answers stay. */
  const [subjectChanged, setSubjectChanged] = useState(false);
  /** "Spara utkast" is under way (automatic saves do not spin the button). */
  const [savingByHand, setSavingByHand] = useState(false);

  /** Where the next save goes; kept outside state so a queued save sees the previous answer. */
  const target = useRef({ draftId: draft?.id ?? null, revision: draft?.revision ?? null });
  /** Changes made so far, and how many of them the server has: unequal means unsaved. */
  const edits = useRef(0);
  const savedEdits = useRef(0);
  /** The latest answers, for a save that runs later than the render that asked for it. */
  const cleaned = useRef(form.cleaned);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const running = useRef(0);
  /**
   * Whose form this is (self or a child). Every save names it, so the API refuses one after a
   * mode switch in another tab; a switch this tab has seen stops automatic saves already here.
   */
  const subject =
    viewer.status === 'signed-in' ? (viewer.viewer.actingFor?.personId ?? viewer.viewer.id) : null;
  const openedFor = useRef(subject);
  useEffect(() => {
    cleaned.current = form.cleaned;
    openedFor.current ??= subject;
  });

  /** Saves the latest answers; on refusal shows why (quietly when automatic) and answers null. */
  const persist = (automatic: boolean): Promise<string | null> => {
    const run = async (): Promise<string | null> => {
      const sending = edits.current;
      const to = target.current;
      const subjectPersonId = openedFor.current;
      if (!automatic) {
        setProblem(null);
        setChangedElsewhere(false);
        setNotForProxy(false);
      }
      try {
        const saved = await saver.save({
          clinicId,
          caseTypeId,
          ...(subjectPersonId !== null ? { subjectPersonId } : {}),
          answers: cleaned.current,
          ...(to.draftId ? { draftId: to.draftId } : {}),
          ...(to.revision !== null ? { revision: to.revision } : {}),
        });
        target.current = { draftId: saved.id, revision: saved.revision };
        savedEdits.current = sending;
        setDraftId(saved.id);
        setSavedAt(saved.updatedAt);
        setAutosaved(automatic);
        setAutosaveFailed(false);
        setSubjectChanged(false);
        setDeletesAt(saved.deletesAt);
        if (to.draftId === null) onCreated(saved.id);
        return saved.id;
      } catch (error) {
        refused(error, automatic);
        return null;
      } finally {
        running.current -= 1;
      }
    };
    running.current += 1;
    const next = queue.current.then(run);
    queue.current = next;
    return next;
  };

  const refused = (error: unknown, automatic: boolean) => {
    if (isDraftChanged(error)) {
      setChangedElsewhere(true);
      return;
    }
    if (isSubjectChanged(error)) {
      setSubjectChanged(true);
      return;
    }
    if (isNotForProxy(error)) {
      setNotForProxy(true);
      return;
    }
    // Field problems wait for "Spara utkast" or "Granska": they would take focus mid-sentence.
    if (automatic) {
      setAutosaveFailed(true);
      return;
    }
    const fields = problemsByField(definition, readFieldProblems(error));
    if (fields.size > 0) form.showServerProblems(fields);
    else setProblem(readApiProblem(error));
  };

  /** Saves unsaved changes unless a save could only be refused; answers whether it sent one. */
  const saveChanges = async (): Promise<boolean> => {
    const blocked =
      changedElsewhere || notForProxy || subjectChanged || subject !== openedFor.current;
    if (blocked || edits.current === savedEdits.current) return false;
    await persist(true);
    return true;
  };
  const timer = useAutosaveTimer(() => {
    void saveChanges();
  });
  useBeforeLogout(async () => {
    timer.cancel();
    const underWay = running.current > 0;
    await queue.current;
    return (await saveChanges()) || underWay;
  });

  return {
    answers: form.answers,
    enabled: form.enabled,
    draftId,
    savedAt,
    /** The latest save was automatic. */
    autosaved,
    autosaveFailed,
    deletesAt,
    summary: form.summary,
    problem,
    /** The draft was saved elsewhere (another tab or device): this save was refused. */
    changedElsewhere,
    /** Proxy mode: the API refused because the type is not adapted for proxy. */
    notForProxy,
    /** The session acts for someone else now (switched elsewhere): saves are refused. */
    subjectChanged,
    saving: savingByHand,
    reviewing: reviewer.reviewing,
    setAnswer: (path: Parameters<typeof form.setAnswer>[0], value: unknown) => {
      form.setAnswer(path, value);
      edits.current += 1;
      timer.changed();
    },
    leaveField: form.leaveField,
    errorFor: form.errorFor,
    save: async () => {
      timer.cancel();
      setSavingByHand(true);
      try {
        await persist(false);
      } finally {
        setSavingByHand(false);
      }
    },
    /** Checks here first (the same rules), then saves and lets the API decide. */
    review: async () => {
      if (!form.check()) return;
      timer.cancel();
      const id = await persist(false);
      if (id === null) return;
      try {
        if (await reviewer.review(id)) await navigate(withLanguage(reviewPath(id), language));
      } catch (error) {
        refused(error, false);
      }
    },
  };
}
