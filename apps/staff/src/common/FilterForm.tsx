import { Heading } from '@digdir/designsystemet-react';
import { type ReactNode, type SubmitEvent } from 'react';

/**
 * The filter panel above a list (queue, support reports, statistics): a form named by its
 * heading (`${id}-heading`), its fields and buttons as children, validated by the page.
 */
export function FilterForm({
  id,
  title,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="etj-panel etj-filter-form"
      aria-labelledby={`${id}-heading`}
    >
      <Heading level={2} data-size="xs" id={`${id}-heading`}>
        {title}
      </Heading>
      {children}
    </form>
  );
}
