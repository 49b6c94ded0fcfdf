import { Card, Heading } from '@digdir/designsystemet-react';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type LoggedInAsDetail = { label: string; value: ReactNode };

export type LoggedInAsProps = {
  name: string;
  /** Label/value rows under the name: personnummer for citizens; title, workplace, roles for staff. */
  details: LoggedInAsDetail[];
  /** Heading level that fits the page outline. */
  headingLevel?: 2 | 3;
  children?: ReactNode;
};

/** The "logged in as" block: who the service thinks you are, as a description list. */
export function LoggedInAs({ name, details, headingLevel = 2, children }: LoggedInAsProps) {
  const { t } = useTranslation('common');
  return (
    <Card data-color="neutral" className="etj-logged-in-as">
      <Heading level={headingLevel} data-size="2xs" className="etj-eyebrow">
        {t('identity.loggedInAs')}
      </Heading>
      <p className="etj-logged-in-as__name">{name}</p>
      <dl className="etj-details">
        {details.map((detail) => (
          <div key={detail.label} className="etj-details__row">
            <dt>{detail.label}</dt>
            <dd>{detail.value}</dd>
          </div>
        ))}
      </dl>
      {children}
    </Card>
  );
}
