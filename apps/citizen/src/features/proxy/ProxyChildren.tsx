import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useLanguage } from '@etj/spa';
import { ErrorSummary, ProblemNotice, formatCalendarDate } from '@etj/ui';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusProxyBanner } from './ProxyBanner.tsx';
import { childFullName, childShortName, lastProxyDay, type ProxyChild } from './proxy-child.ts';
import { type AddChildRefusal, useProxyChildren } from './use-proxy-children.ts';
import { useProxyMode } from './use-proxy-mode.ts';

const HEADING_ID = 'proxy-children';
const PERSONNUMMER_ID = 'proxy-child-personnummer';

/** "Ombud för barn" on the start page: the children I may act for, and adding one. */
export function ProxyChildren() {
  const { t } = useTranslation();
  const children = useProxyChildren({ skip: false });
  const mode = useProxyMode();
  const [announcement, setAnnouncement] = useState('');
  return (
    <section aria-labelledby={HEADING_ID} className="etj-panel">
      <Heading level={2} data-size="sm" id={HEADING_ID} tabIndex={-1}>
        {t('proxy.title')}
      </Heading>
      <Paragraph>{t('proxy.lead')}</Paragraph>
      {children.listProblem ? <ProblemNotice problem={children.listProblem} /> : null}
      {children.problem ? <ProblemNotice problem={children.problem} /> : null}
      {mode.problem ? <ProblemNotice problem={mode.problem} /> : null}
      {children.children && children.children.length === 0 ? (
        <Paragraph>{t('proxy.empty')}</Paragraph>
      ) : null}
      {children.children && children.children.length > 0 ? (
        <ul className="etj-link-list etj-proxy-list" aria-label={t('proxy.listLabel')}>
          {children.children.map((child) => (
            <ChildEntry
              key={child.personId}
              child={child}
              busy={children.busy || mode.switching}
              onActFor={() => {
                void mode.actFor(child.personId).then((acting) => {
                  if (acting) focusProxyBanner();
                });
              }}
              onRemove={() => {
                void children.remove(child.personId).then((removed) => {
                  if (!removed) return;
                  setAnnouncement(t('proxy.removed', { name: childLabel(child) }));
                  document.getElementById(HEADING_ID)?.focus();
                });
              }}
            />
          ))}
        </ul>
      ) : null}
      <AddChildForm
        busy={children.busy}
        onAdd={async (personnummer) => {
          const outcome = await children.add(personnummer);
          if (outcome && 'child' in outcome) {
            setAnnouncement(
              t('proxy.added', {
                name: childLabel(outcome.child),
                firstName: childShortName(outcome.child),
              }),
            );
          }
          return outcome && 'refusal' in outcome ? outcome.refusal : null;
        }}
      />
      <p role="status" className="etj-visually-hidden">
        {announcement}
      </p>
    </section>
  );
}

/** The child's name, or the personnummer of a newborn without one. */
function childLabel(child: ProxyChild): string {
  return childFullName(child) ?? child.personnummer;
}

function ChildEntry({
  child,
  busy,
  onActFor,
  onRemove,
}: {
  child: ProxyChild;
  busy: boolean;
  onActFor: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = childLabel(child);
  return (
    <li className="etj-proxy-list__item">
      <div>
        <Paragraph className="etj-proxy-list__name">{name}</Paragraph>
        {childFullName(child) ? (
          <Paragraph data-size="sm" className="etj-muted">
            {child.personnummer}
          </Paragraph>
        ) : null}
        <Paragraph data-size="sm" className="etj-muted">
          {t('proxy.validUntil', {
            date: formatCalendarDate(lastProxyDay(child.proxyEndsOn), language),
          })}
        </Paragraph>
      </div>
      <div className="etj-actions">
        <Button type="button" disabled={busy} onClick={onActFor}>
          {t('proxy.actFor', { name: childShortName(child) })}
        </Button>
        <Button
          type="button"
          variant="tertiary"
          disabled={busy}
          aria-label={t('proxy.removeLabel', { name })}
          onClick={onRemove}
        >
          {t('proxy.remove')}
        </Button>
      </div>
    </li>
  );
}

function AddChildForm({
  busy,
  onAdd,
}: {
  busy: boolean;
  onAdd: (personnummer: string) => Promise<AddChildRefusal | null>;
}) {
  const { t } = useTranslation();
  const [personnummer, setPersonnummer] = useState('');
  const [refusal, setRefusal] = useState<AddChildRefusal | null>(null);
  const [attempt, setAttempt] = useState(0);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = personnummer.trim();
    const next = trimmed === '' ? 'PERSONNUMMER_REQUIRED' : await onAdd(trimmed);
    setRefusal(next);
    setAttempt((count) => count + 1);
    if (next === null) setPersonnummer('');
  };
  const message = refusal ? t(`proxy.errors.${refusal}`) : undefined;
  return (
    <form
      noValidate
      className="etj-form"
      aria-labelledby="proxy-add-child"
      onSubmit={(event) => {
        void submit(event);
      }}
    >
      <Heading level={3} data-size="2xs" id="proxy-add-child">
        {t('proxy.addTitle')}
      </Heading>
      <ErrorSummary
        attempt={attempt}
        problems={message ? [{ targetId: PERSONNUMMER_ID, message }] : []}
      />
      <Textfield
        id={PERSONNUMMER_ID}
        label={t('proxy.personnummerLabel')}
        description={t('proxy.personnummerHint')}
        value={personnummer}
        autoComplete="off"
        inputMode="numeric"
        error={message}
        onChange={(event) => {
          setPersonnummer(event.target.value);
        }}
      />
      <div className="etj-actions">
        <Button type="submit" variant="secondary" loading={busy} disabled={busy}>
          {t('proxy.add')}
        </Button>
      </div>
    </form>
  );
}
