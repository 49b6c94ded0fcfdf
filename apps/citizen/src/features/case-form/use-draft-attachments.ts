import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { readApiProblem } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { useState } from 'react';
import { graphql } from '../../gql/gql.ts';
import { type CitizenAttachmentFieldsFragment } from '../../gql/graphql.ts';

export type DraftAttachment = CitizenAttachmentFieldsFragment;

/** The API's limits (apps/api attachment-file.ts), checked here too so no large file is sent in vain. */
export const MAX_ATTACHMENT_BYTES = 5_242_880;
export const MAX_ATTACHMENTS = 5;

const CITIZEN_DRAFT_ATTACHMENTS = graphql(`
  query CitizenDraftAttachments($draftId: ID!) {
    draftAttachments(draftId: $draftId) {
      ...CitizenAttachmentFields
    }
  }
`);

const CITIZEN_ADD_DRAFT_ATTACHMENT = graphql(`
  mutation CitizenAddDraftAttachment($input: AddDraftAttachmentInput!) {
    addDraftAttachment(input: $input) {
      ...CitizenAttachmentFields
    }
  }
`);

const CITIZEN_REMOVE_DRAFT_ATTACHMENT = graphql(`
  mutation CitizenRemoveDraftAttachment($id: ID!) {
    removeDraftAttachment(id: $id)
  }
`);

/** Why a file was not attached, in the API's words (field `contentBase64`) or as a problem. */
export type AttachmentRefusal =
  | { kind: 'ATTACHMENT_TYPE_NOT_ALLOWED' }
  | { kind: 'ATTACHMENT_TOO_LARGE'; maxBytes: number }
  | { kind: 'TOO_MANY_ATTACHMENTS'; max: number }
  | { kind: 'ATTACHMENT_EMPTY' }
  | { kind: 'ATTACHMENTS_NOT_ALLOWED' }
  | { kind: 'UNREADABLE' }
  | { kind: 'problem'; problem: ApiProblem };

const numberOr = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

/** The refusal of an addDraftAttachment call; unknown codes fall back to the generic problem. */
export function attachmentRefusalOf(error: unknown): AttachmentRefusal {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions;
    if (extensions?.['code'] === 'CONFLICT' && extensions['reason'] === 'ATTACHMENTS_NOT_ALLOWED')
      return { kind: 'ATTACHMENTS_NOT_ALLOWED' };
    const fields = extensions?.['fields'];
    const field: unknown = Array.isArray(fields) ? fields[0] : null;
    if (extensions?.['code'] === 'BAD_USER_INPUT' && field !== null && typeof field === 'object') {
      const { code, params } = field as { code?: unknown; params?: Record<string, unknown> };
      switch (code) {
        case 'ATTACHMENT_TYPE_NOT_ALLOWED':
        case 'ATTACHMENT_EMPTY':
          return { kind: code };
        case 'ATTACHMENT_TOO_LARGE':
          return { kind: code, maxBytes: numberOr(params?.['maxBytes'], MAX_ATTACHMENT_BYTES) };
        case 'TOO_MANY_ATTACHMENTS':
          return { kind: code, max: numberOr(params?.['max'], MAX_ATTACHMENTS) };
      }
    }
  }
  return { kind: 'problem', problem: readApiProblem(error) };
}

/** A file's content as base64, read in memory only (never stored anywhere). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => {
      reject(new Error('The file could not be read'));
    };
    reader.readAsDataURL(file);
  });
}

/** The files on one of my drafts (nothing when `draftId` is null), to add to and remove from. */
export function useDraftAttachments(draftId: string | null) {
  const { data, error } = useQuery(
    CITIZEN_DRAFT_ATTACHMENTS,
    draftId === null ? skipToken : { variables: { draftId }, fetchPolicy: 'network-only' },
  );
  const [addMutation] = useMutation(CITIZEN_ADD_DRAFT_ATTACHMENT);
  const [removeMutation] = useMutation(CITIZEN_REMOVE_DRAFT_ATTACHMENT);
  const [adding, setAdding] = useState(false);
  const [refusal, setRefusal] = useState<AttachmentRefusal | null>(null);

  const add = async (file: File): Promise<DraftAttachment | null> => {
    if (draftId === null || adding) return null;
    setRefusal(null);
    // The same limits the API applies, so an obviously refused file is not sent at all.
    if (file.size === 0) {
      setRefusal({ kind: 'ATTACHMENT_EMPTY' });
      return null;
    }
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setRefusal({ kind: 'ATTACHMENT_TOO_LARGE', maxBytes: MAX_ATTACHMENT_BYTES });
      return null;
    }
    setAdding(true);
    try {
      let contentBase64: string;
      try {
        contentBase64 = await readAsBase64(file);
      } catch {
        setRefusal({ kind: 'UNREADABLE' });
        return null;
      }
      const result = await addMutation({
        variables: { input: { draftId, fileName: file.name, contentBase64 } },
        update: (cache, { data: added }) => {
          if (!added) return;
          cache.updateQuery({ query: CITIZEN_DRAFT_ATTACHMENTS, variables: { draftId } }, (list) =>
            list
              ? { draftAttachments: [...list.draftAttachments, added.addDraftAttachment] }
              : list,
          );
        },
      });
      return result.data?.addDraftAttachment ?? null;
    } catch (failure) {
      setRefusal(attachmentRefusalOf(failure));
      return null;
    } finally {
      setAdding(false);
    }
  };

  const remove = async (id: string): Promise<boolean> => {
    if (draftId === null) return false;
    setRefusal(null);
    try {
      const result = await removeMutation({
        variables: { id },
        update: (cache) => {
          cache.updateQuery({ query: CITIZEN_DRAFT_ATTACHMENTS, variables: { draftId } }, (list) =>
            list
              ? {
                  draftAttachments: list.draftAttachments.filter(
                    (attachment) => attachment.id !== id,
                  ),
                }
              : list,
          );
        },
      });
      return result.data?.removeDraftAttachment === true;
    } catch (failure) {
      setRefusal({ kind: 'problem', problem: readApiProblem(failure) });
      return false;
    }
  };

  return {
    attachments: data?.draftAttachments ?? null,
    problem: error ? readApiProblem(error) : null,
    adding,
    refusal,
    add,
    remove,
  };
}
