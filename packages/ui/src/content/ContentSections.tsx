import { Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { type ContentSection } from '../i18n/locales/sv.ts';

/** Renders catalogue text blocks as h2 sections (the page owns the h1). */
export function ContentSections({ sections }: { sections: ContentSection[] }) {
  return (
    <div className="etj-prose">
      {sections.map((section) => (
        <section key={section.heading}>
          <Heading level={2} data-size="sm">
            {section.heading}
          </Heading>
          {section.paragraphs.map((paragraph) => (
            <Paragraph key={paragraph}>{paragraph}</Paragraph>
          ))}
          {section.items ? (
            <List.Unordered>
              {section.items.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List.Unordered>
          ) : null}
        </section>
      ))}
    </div>
  );
}
