import { AppPage } from '@etj/spa';
import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { FORM_LIMITS } from '@etj/domain';
import { AppLink, ErrorSummary, LoadingState, ProblemNotice, type ApiProblem } from '@etj/ui';
import { type SubmitEvent, useCallback, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PATHS } from '../../routing/paths.ts';
import { type AdminFieldProblem } from '../admin/admin-field-problems.ts';
import { builderState, toDefinition } from './builder-definition.ts';
import { builderProblems, builderProblemTarget } from './builder-problems.ts';
import {
  BUILDER_ITEM_TYPES,
  type BuilderItemType,
  type BuilderState,
  documentOrder,
  moveItem,
  newItem,
  questionRefs,
} from './builder-state.ts';
import { BuilderPreview } from './BuilderPreview.tsx';
import { ClinicOptionsEditor } from './ClinicOptionsEditor.tsx';
import { type BuilderContext, ItemEditor, positionText } from './ItemEditor.tsx';
import { PublishDialog } from './PublishDialog.tsx';
import { type CustomCaseType, useCustomCaseType } from './use-custom-case-type.ts';
import { usePublishCustomCaseType } from './use-publish-custom-case-type.ts';
import { useSaveCustomCaseType } from './use-save-custom-case-type.ts';
import { VersionHistory } from './VersionHistory.tsx';

/** `/admin/custom-case-types/:caseTypeId`: build, preview, save and publish an own case type. */
export function CustomCaseTypeBuilderPage() {
  const { caseTypeId = '' } = useParams();
  const state = useCustomCaseType(caseTypeId);
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'failed') return <ProblemNotice problem={state.problem} />;
  return <Builder key={state.caseType.id} caseType={state.caseType} />;
}

type Notice = 'saved' | 'published' | 'nothingToPublish' | null;

const focusById = (id: string) => {
  document.getElementById(id)?.focus();
};

function Builder({ caseType }: { caseType: CustomCaseType }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<BuilderState>(() =>
    builderState(caseType.name, caseType.definition),
  );
  const [savedForm, setSavedForm] = useState(form);
  const [problems, setProblems] = useState<AdminFieldProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  /** The definition shown in the preview and how many times it was opened (a fresh try each time). */
  const [preview, setPreview] = useState<{
    definition: Record<string, unknown>;
    round: number;
  } | null>(null);
  const [addType, setAddType] = useState<BuilderItemType>('string');
  const [confirming, setConfirming] = useState(false);
  const saver = useSaveCustomCaseType();
  const publisher = usePublishCustomCaseType();
  const takeFocus = useCallback((element: HTMLElement | null) => {
    element?.focus();
  }, []);

  const dirty = JSON.stringify(form) !== JSON.stringify(savedForm);
  const latest = caseType.versions[0];
  const nextVersion = caseType.hasDraft || !latest ? (latest?.version ?? 1) : latest.version + 1;
  const name = form.nameSv.trim() || caseType.name.sv;

  const messages = new Map<string, string>();
  for (const problem of problems) {
    const target = builderProblemTarget(problem, form);
    if (messages.has(target.targetId)) continue;
    const message = t(`customCaseTypes.problems.${target.key}`, { max: FORM_LIMITS.maxOccurs });
    messages.set(
      target.targetId,
      target.position === null
        ? message
        : t('customCaseTypes.problems.inItem', {
            position: positionText(t, target.position),
            message,
          }),
    );
  }
  const errorFor = (id: string) => messages.get(id);
  const context: BuilderContext = {
    questions: questionRefs(form),
    order: documentOrder(form.items),
    clinicOptions: form.clinicOptions,
  };

  const check = (): Record<string, unknown> | null => {
    setAttempt((count) => count + 1);
    setNotice(null);
    setFailure(null);
    const definition = toDefinition(form, caseType.definition);
    const found = builderProblems(form, definition);
    setProblems(found);
    return found.length === 0 ? definition : null;
  };

  /** Saves the form; true when the API accepted it. */
  const saveDraft = async (definition: Record<string, unknown>): Promise<boolean> => {
    const result = await saver.save({
      caseTypeId: caseType.id,
      nameSv: form.nameSv.trim(),
      nameEn: form.nameEn.trim() === '' ? null : form.nameEn.trim(),
      definition,
    });
    switch (result.outcome) {
      case 'saved':
        setSavedForm(form);
        return true;
      case 'invalid':
        setAttempt((count) => count + 1);
        setProblems(result.fields);
        return false;
      case 'failed':
        setFailure(result.problem);
        return false;
    }
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const definition = check();
    if (!definition) return;
    void saveDraft(definition).then((ok) => {
      if (ok) setNotice('saved');
    });
  };

  const askToPublish = () => {
    const definition = check();
    if (!definition) return;
    if (!dirty && !caseType.hasDraft) {
      setNotice('nothingToPublish');
      return;
    }
    setConfirming(true);
  };

  const publish = async () => {
    const definition = toDefinition(form, caseType.definition);
    const saved = dirty ? await saveDraft(definition) : true;
    setConfirming(false);
    if (!saved) return;
    const problem = await publisher.publish(caseType.id);
    if (problem) setFailure(problem);
    else setNotice('published');
  };

  const showPreview = () => {
    flushSync(() => {
      setPreview((current) => ({
        definition: toDefinition(form, caseType.definition),
        round: (current?.round ?? 0) + 1,
      }));
    });
    focusById('preview-heading');
  };

  const addItem = () => {
    const item = newItem(addType, form.items);
    flushSync(() => {
      setForm((current) => ({ ...current, items: [...current.items, item] }));
    });
    focusById(`item-${item.linkId}-textSv`);
  };

  const move = (index: number, step: -1 | 1) => {
    const item = form.items[index];
    if (!item) return;
    flushSync(() => {
      setForm((current) => ({ ...current, items: moveItem(current.items, index, step) }));
    });
    const target = index + step;
    const atEnd = target === 0 || target === form.items.length - 1;
    const same = step === -1 ? 'move-up' : 'move-down';
    const other = step === -1 ? 'move-down' : 'move-up';
    focusById(`item-${item.linkId}-${atEnd ? other : same}`);
  };

  const remove = (index: number) => {
    flushSync(() => {
      setForm((current) => ({ ...current, items: current.items.filter((_, i) => i !== index) }));
    });
    focusById('items-heading');
  };

  return (
    <AppPage title={t('customCaseTypes.builder.title', { name })}>
      <Paragraph>
        <AppLink href={PATHS.customCaseTypes}>{t('customCaseTypes.builder.back')}</AppLink>
      </Paragraph>
      <Paragraph className="etj-lead">{t('customCaseTypes.builder.lead')}</Paragraph>
      {notice ? (
        <Alert
          key={`${notice}-${String(attempt)}`}
          data-color={notice === 'nothingToPublish' ? 'info' : 'success'}
          role="status"
          tabIndex={-1}
          ref={takeFocus}
          className="etj-focus-target"
        >
          <Paragraph>
            {t(`customCaseTypes.builder.${notice}`, { version: latest?.version ?? 1 })}
          </Paragraph>
        </Alert>
      ) : null}
      {failure ? <ProblemNotice problem={failure} /> : null}
      <ErrorSummary
        attempt={attempt}
        problems={[...messages].map(([targetId, message]) => ({ targetId, message }))}
      />
      <form onSubmit={submit} noValidate className="etj-builder">
        <section aria-labelledby="name-heading" className="etj-panel">
          <Heading level={2} data-size="sm" id="name-heading">
            {t('customCaseTypes.builder.nameTitle')}
          </Heading>
          <div className="etj-two-columns">
            <Textfield
              id="custom-nameSv"
              label={t('customCaseTypes.fields.nameSv')}
              value={form.nameSv}
              error={errorFor('custom-nameSv')}
              onChange={(event) => {
                setForm((current) => ({ ...current, nameSv: event.target.value }));
              }}
            />
            <Textfield
              id="custom-nameEn"
              label={t('customCaseTypes.fields.nameEn')}
              value={form.nameEn}
              error={errorFor('custom-nameEn')}
              onChange={(event) => {
                setForm((current) => ({ ...current, nameEn: event.target.value }));
              }}
            />
          </div>
          <Textfield
            id="custom-description"
            multiline
            rows={3}
            label={t('customCaseTypes.fields.description')}
            description={t('customCaseTypes.fields.descriptionHint')}
            value={form.description}
            onChange={(event) => {
              setForm((current) => ({ ...current, description: event.target.value }));
            }}
          />
        </section>

        <ClinicOptionsEditor
          options={form.clinicOptions}
          errorFor={errorFor}
          onChange={(clinicOptions) => {
            setForm((current) => ({ ...current, clinicOptions }));
          }}
        />

        <section aria-labelledby="items-heading" className="etj-panel">
          <Heading level={2} data-size="sm" id="items-heading" tabIndex={-1}>
            {t('customCaseTypes.builder.itemsTitle', { count: form.items.length })}
          </Heading>
          {form.items.length === 0 ? (
            <Paragraph>{t('customCaseTypes.builder.noItems')}</Paragraph>
          ) : (
            <ol className="etj-item-list">
              {form.items.map((item, index) => (
                <li key={item.linkId}>
                  <ItemEditor
                    item={item}
                    index={index}
                    count={form.items.length}
                    errorFor={errorFor}
                    newChild={(type) => newItem(type, form.items)}
                    context={context}
                    onChange={(changed) => {
                      setForm((current) => ({
                        ...current,
                        items: current.items.map((i) => (i.linkId === item.linkId ? changed : i)),
                      }));
                    }}
                    onMove={(step) => {
                      move(index, step);
                    }}
                    onRemove={() => {
                      remove(index);
                    }}
                  />
                </li>
              ))}
            </ol>
          )}
          <div className="etj-add-item">
            <Field>
              <Label htmlFor="add-item-type">{t('customCaseTypes.builder.addType')}</Label>
              <Select
                id="add-item-type"
                value={addType}
                aria-describedby={errorFor('add-item-type') ? 'add-item-error' : undefined}
                onChange={(event) => {
                  setAddType(event.target.value as BuilderItemType);
                }}
              >
                {BUILDER_ITEM_TYPES.map((type) => (
                  <Select.Option key={type} value={type}>
                    {t(`customCaseTypes.types.${type}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Button type="button" variant="secondary" onClick={addItem}>
              {t('customCaseTypes.builder.addItem')}
            </Button>
          </div>
          {errorFor('add-item-type') ? (
            <Paragraph id="add-item-error" data-color="danger">
              {errorFor('add-item-type')}
            </Paragraph>
          ) : null}
        </section>

        <div className="etj-actions">
          <Button type="button" variant="secondary" onClick={showPreview}>
            {t('customCaseTypes.builder.preview')}
          </Button>
          <Button type="submit" variant="secondary" loading={saver.saving}>
            {t('customCaseTypes.builder.save')}
          </Button>
          <Button type="button" onClick={askToPublish} loading={publisher.publishing}>
            {t('customCaseTypes.builder.publish')}
          </Button>
        </div>
        {dirty ? (
          <Paragraph className="etj-muted">{t('customCaseTypes.builder.unsaved')}</Paragraph>
        ) : null}
      </form>

      {preview ? (
        <section aria-labelledby="preview-heading" className="etj-panel">
          <Heading level={2} data-size="sm" id="preview-heading" tabIndex={-1}>
            {t('customCaseTypes.builder.previewTitle')}
          </Heading>
          <Paragraph className="etj-muted">{t('customCaseTypes.builder.previewLead')}</Paragraph>
          <BuilderPreview key={preview.round} definition={preview.definition} />
          <Button
            type="button"
            variant="tertiary"
            onClick={() => {
              setPreview(null);
            }}
          >
            {t('customCaseTypes.builder.closePreview')}
          </Button>
        </section>
      ) : null}

      <VersionHistory versions={caseType.versions} />

      <PublishDialog
        open={confirming}
        name={name}
        version={nextVersion}
        busy={saver.saving || publisher.publishing}
        onConfirm={() => {
          void publish();
        }}
        onClose={() => {
          setConfirming(false);
        }}
      />
    </AppPage>
  );
}
