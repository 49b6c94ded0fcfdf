import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { AppPage, useLanguage } from '@etj/spa';
import { AppLink, ErrorSummary, LoadingState, ProblemNotice, withLanguage } from '@etj/ui';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useClinicSearch } from './use-clinic-search.ts';

const SEARCH_FIELD_ID = 'clinic-search-text';

/** `/clinics?q=…`: find a clinic by name or place; the search lives in the URL so Back works. */
export function ClinicSearchPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const searched = params.get('q') ?? '';
  const [text, setText] = useState(searched);
  const [attempt, setAttempt] = useState(0);
  const [missingText, setMissingText] = useState(false);
  const search = useClinicSearch(searched);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const trimmed = text.trim();
    setMissingText(trimmed === '');
    if (trimmed === '') return;
    void navigate(withLanguage(`/clinics?q=${encodeURIComponent(trimmed)}`, language));
  };

  return (
    <AppPage title={t('clinicSearch.title')}>
      <ErrorSummary
        attempt={attempt}
        problems={
          missingText ? [{ targetId: SEARCH_FIELD_ID, message: t('clinicSearch.missingText') }] : []
        }
      />
      <Paragraph className="etj-lead">{t('clinicSearch.lead')}</Paragraph>
      <div role="search">
        <form onSubmit={submit} noValidate className="etj-search-form">
          <Textfield
            id={SEARCH_FIELD_ID}
            label={t('clinicSearch.label')}
            description={t('clinicSearch.hint')}
            value={text}
            autoComplete="off"
            error={missingText ? t('clinicSearch.missingText') : undefined}
            onChange={(event) => {
              setText(event.target.value);
            }}
          />
          <div className="etj-actions">
            <Button type="submit">{t('clinicSearch.submit')}</Button>
          </div>
        </form>
      </div>
      {searched.trim() === '' ? null : (
        <section aria-labelledby="clinic-search-results">
          <Heading level={2} data-size="sm" id="clinic-search-results">
            {t('clinicSearch.resultsTitle')}
          </Heading>
          {search.problem ? <ProblemNotice problem={search.problem} /> : null}
          {search.loading ? <LoadingState /> : null}
          {search.hits ? (
            <>
              <Paragraph role="status">
                {search.hits.length === 0
                  ? t('clinicSearch.noResults', { text: searched })
                  : t('clinicSearch.results', { count: search.hits.length, text: searched })}
              </Paragraph>
              <ul className="etj-link-list">
                {search.hits.map((hit) => (
                  <li key={hit.id}>
                    <AppLink href={`/clinics/${hit.id}`}>{hit.name}</AppLink>
                    <span className="etj-muted">
                      {hit.kind}, {hit.city}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      )}
    </AppPage>
  );
}
