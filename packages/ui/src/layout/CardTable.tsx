import { Table } from '@digdir/designsystemet-react';
import { type ComponentProps, type Ref, useCallback, useLayoutEffect, useRef } from 'react';

const SECTIONS = new Set(['THEAD', 'TBODY', 'TFOOT']);

/**
 * Names a table's parts with their ARIA roles and puts each column's header text on the cells
 * below it as `data-label`. A table laid out as cards (display other than table) loses its table
 * semantics in Chromium's accessibility tree; explicit roles keep them, and the labels let the
 * cards say which column a value came from. Roles a caller set are left alone.
 */
export function labelTableCells(table: HTMLTableElement): void {
  if (!table.hasAttribute('role')) table.setAttribute('role', 'table');
  const labels: string[] = [];
  const head = table.tHead;
  const headerRow = head?.rows[head.rows.length - 1];
  if (headerRow) {
    let column = 0;
    for (const cell of Array.from(headerRow.cells)) {
      const text = visibleText(cell);
      for (let span = 0; span < Math.max(1, cell.colSpan); span += 1) labels[column++] = text;
    }
  }
  for (const section of Array.from(table.children)) {
    if (!SECTIONS.has(section.tagName)) continue;
    if (!section.hasAttribute('role')) section.setAttribute('role', 'rowgroup');
    const inHead = section.tagName === 'THEAD';
    for (const row of Array.from((section as HTMLTableSectionElement).rows)) {
      if (!row.hasAttribute('role')) row.setAttribute('role', 'row');
      let column = 0;
      for (const cell of Array.from(row.cells)) {
        const header = cell.tagName === 'TH';
        const rowHeader = header && !inHead && cell.getAttribute('scope') !== 'col';
        if (!cell.hasAttribute('role')) {
          cell.setAttribute('role', header ? (rowHeader ? 'rowheader' : 'columnheader') : 'cell');
        }
        // A row header is the card's title and needs no column name.
        const label = inHead || rowHeader ? '' : (labels[column] ?? '');
        if (label) cell.setAttribute('data-label', label);
        else cell.removeAttribute('data-label');
        column += Math.max(1, cell.colSpan);
      }
    }
  }
}

/** A header's words as seen: text hidden for screen readers only is no label on a card. */
function visibleText(cell: HTMLElement): string {
  const words: string[] = [];
  const walker = cell.ownerDocument.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('.etj-visually-hidden')) words.push(node.textContent ?? '');
  }
  return words.join('').replace(/\s+/g, ' ').trim();
}

export type CardTableProps = ComponentProps<typeof Table> & {
  /**
   * Below which width the rows are cards: `narrow` (48rem, the default) or `medium` (64rem,
   * for a table of many columns that a tablet cannot show side by side).
   */
  cards?: 'narrow' | 'medium';
};

/**
 * A Designsystemet table that becomes a list of cards on a narrow screen (`etj-card-table` in
 * shell.css) instead of scrolling sideways: each row a card, each cell its column's name above
 * its value, with the table's roles kept for assistive technology (see labelTableCells). Use
 * Table.Head, Table.Body, Table.Row and the cells inside it as with Table.
 */
export function CardTable({ className, ref, cards = 'narrow', ...props }: CardTableProps) {
  const own = useRef<HTMLTableElement | null>(null);
  const setRef = useCallback(
    (element: HTMLTableElement | null) => {
      own.current = element;
      assignRef(ref, element);
    },
    [ref],
  );
  // After every render, and when rows or cells come and go between renders.
  useLayoutEffect(() => {
    if (own.current) labelTableCells(own.current);
  });
  useLayoutEffect(() => {
    const table = own.current;
    if (!table) return;
    const observer = new MutationObserver(() => {
      labelTableCells(table);
    });
    observer.observe(table, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
    };
  }, []);
  const classes = [
    'etj-card-table',
    cards === 'medium' ? 'etj-card-table--medium' : null,
    className,
  ];
  return <Table ref={setRef} className={classes.filter(Boolean).join(' ')} {...props} />;
}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}
