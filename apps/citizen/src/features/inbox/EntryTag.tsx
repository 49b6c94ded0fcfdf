import { type ReactNode } from 'react';

/**
 * The tag before an entry's title: the word in a box with a mark, hidden from screen readers,
 * which hear `label` (and a colon of its own, so they do not say "Nytt svar : Förnya recept").
 */
export function EntryTag({
  label,
  text,
  variant,
}: {
  label: string;
  text: string;
  variant: 'new' | 'waiting' | 'notice';
}) {
  return (
    <>
      <span className="etj-visually-hidden">{`${label}:`}</span>
      <span className={`etj-entry-tag etj-entry-tag--${variant}`} aria-hidden="true">
        <EntryMark variant={variant} />
        {text}
      </span>{' '}
    </>
  );
}

/** A small mark in the tag, so it is told apart without its colour: a dot, a question, an i. */
function EntryMark({ variant }: { variant: 'new' | 'waiting' | 'notice' }) {
  const shapes: Record<typeof variant, ReactNode> = {
    new: <circle cx="8" cy="8" r="5" fill="currentColor" />,
    waiting: (
      <>
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path
          d="M6 6.2a2 2 0 1 1 2.8 1.8c-.5.3-.8.6-.8 1.2v.6"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
        />
        <circle cx="8" cy="11.7" r="0.9" fill="currentColor" />
      </>
    ),
    notice: (
      <>
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M8 7v4.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        <circle cx="8" cy="4.7" r="0.9" fill="currentColor" />
      </>
    ),
  };
  return (
    <svg className="etj-entry-tag__mark" viewBox="0 0 16 16" focusable="false">
      {shapes[variant]}
    </svg>
  );
}
