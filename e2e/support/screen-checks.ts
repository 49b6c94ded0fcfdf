import type { Page, Request, Response } from '@playwright/test';

/** What the screen check finds wrong on a page as it is laid out now. */
export type LayoutProblem = {
  kind: 'horizontal-scroll' | 'clipped-text' | 'small-text';
  /** A short CSS selector of the offending element, enough to find it in the devtools. */
  selector: string;
  /** The element's text, shortened. */
  text: string;
  /** Measurements that show the problem, e.g. "scrollWidth 512 > clientWidth 375". */
  detail: string;
};

export type LayoutCheckOptions = {
  /** The smallest font size allowed for visible text, in CSS pixels. */
  minFontPx: number;
  /** How many offending elements of one kind to name (the rest are counted). */
  maxPerKind: number;
};

export const LAYOUT_CHECK_OPTIONS: LayoutCheckOptions = { minFontPx: 14, maxPerKind: 5 };

/**
 * Runs IN THE PAGE (pass it to `page.evaluate`): everything it needs is inside it. Looks at the
 * page as laid out now and names what a person would see wrong:
 * - horizontal scrolling of the whole page (the document wider than the viewport), naming the
 *   outermost elements that stick out past the right edge;
 * - clipped text: a table cell, or an element inside one, whose content is wider than its box
 *   while overflow hides it, and any text-overflow ellipsis that actually cuts text;
 * - visible text smaller than `minFontPx` (visually hidden text, for screen readers only, is
 *   ignored: it is clipped to a pixel or less, so nobody reads it at any size).
 */
export function layoutProblems(options: LayoutCheckOptions): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const counts = { 'horizontal-scroll': 0, 'clipped-text': 0, 'small-text': 0 };

  function add(problem: LayoutProblem): void {
    counts[problem.kind] += 1;
    if (counts[problem.kind] <= options.maxPerKind) problems.push(problem);
  }

  function textOf(element: Element): string {
    const text = element.textContent.replace(/\s+/g, ' ').trim();
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
  }

  function step(element: Element): string {
    const tag = element.tagName.toLowerCase();
    if (element.id && !/^[:«]|^r[0-9a-z]+$|\d{3,}/.test(element.id)) return `${tag}#${element.id}`;
    const classes = Array.from(element.classList)
      .filter((name) => !/^_|[0-9a-f]{5,}/.test(name))
      .slice(0, 2)
      .map((name) => `.${name}`)
      .join('');
    const parent = element.parentElement;
    const sameTag = parent
      ? Array.from(parent.children).filter((child) => child.tagName === element.tagName)
      : [];
    const nth = sameTag.length > 1 ? `:nth-of-type(${String(sameTag.indexOf(element) + 1)})` : '';
    return `${tag}${classes}${nth}`;
  }

  /** Up to four steps, stopping at an element with an id or at main/header/footer/body. */
  function selectorOf(element: Element): string {
    const steps: string[] = [];
    let current: Element | null = element;
    while (current && steps.length < 4) {
      const here = step(current);
      steps.unshift(here);
      if (here.includes('#') || /^(main|header|footer|body|nav|dialog)\b/.test(here)) break;
      current = current.parentElement;
    }
    return steps.join(' > ');
  }

  /** Clipped to (almost) nothing on purpose: the visually-hidden pattern, for screen readers. */
  function visuallyHidden(element: Element): boolean {
    for (let current: Element | null = element; current; current = current.parentElement) {
      const style = getComputedStyle(current);
      const rect = current.getBoundingClientRect();
      const clipsOverflow = style.overflow !== 'visible' || style.overflowX !== 'visible';
      if (clipsOverflow && (rect.width <= 1 || rect.height <= 1)) return true;
      const clip = style.getPropertyValue('clip');
      if (clip === 'rect(0px, 0px, 0px, 0px)' || clip === 'rect(1px, 1px, 1px, 1px)') return true;
      if (/inset\(50%|inset\(100%/.test(style.clipPath)) return true;
    }
    return false;
  }

  function visible(element: Element): boolean {
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return false;
    // Off the page on purpose (a skip link waiting for focus).
    if (rect.right + window.scrollX <= 0 || rect.bottom + window.scrollY <= 0) return false;
    return !visuallyHidden(element);
  }

  function clipsX(style: CSSStyleDeclaration): boolean {
    return ['hidden', 'clip', 'auto', 'scroll'].includes(style.overflowX);
  }

  // 1. Horizontal scrolling of the page.
  const root = document.documentElement;
  const viewport = root.clientWidth;
  if (root.scrollWidth > viewport + 1) {
    const sticksOut = (right: number) => right + window.scrollX > viewport + 1;
    // Inside a scrolling or clipping box, an element does not widen the page.
    const contained = (element: Element) => {
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        if (clipsX(getComputedStyle(up))) return true;
      }
      return false;
    };
    const sticking: { element: Element; right: number }[] = [];
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const rect = element.getBoundingClientRect();
      if (!sticksOut(rect.right) || rect.width === 0 || contained(element)) continue;
      // Only the outermost such element: its children stick out because it does.
      let outermost = true;
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        if (sticksOut(up.getBoundingClientRect().right)) outermost = false;
      }
      if (outermost) sticking.push({ element, right: rect.right });
    }
    // Text wider than its box (a long word or address that does not wrap).
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const parent = node.parentElement;
      if (
        !parent ||
        sticking.some((s) => s.element === parent) ||
        (node.textContent ?? '').trim() === ''
      )
        continue;
      if (sticksOut(parent.getBoundingClientRect().right) || contained(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const right = Math.max(...Array.from(range.getClientRects()).map((rect) => rect.right));
      if (sticksOut(right)) sticking.push({ element: parent, right });
    }
    const named = sticking.length > 0 ? sticking : [{ element: document.body, right: NaN }];
    for (const { element, right } of named) {
      add({
        kind: 'horizontal-scroll',
        selector: selectorOf(element),
        text: textOf(element),
        detail: `page scrollWidth ${String(root.scrollWidth)} > viewport ${String(viewport)}; reaches ${String(Math.round(right + window.scrollX))}px`,
      });
    }
  }

  // 2. Clipped text: in table cells, and wherever an ellipsis cuts text.
  const clipCandidates = new Set<Element>();
  for (const cell of Array.from(document.querySelectorAll('td, th'))) {
    clipCandidates.add(cell);
    for (const inner of Array.from(cell.querySelectorAll('*'))) clipCandidates.add(inner);
  }
  for (const element of Array.from(document.body.querySelectorAll('*'))) {
    if (getComputedStyle(element).textOverflow === 'ellipsis') clipCandidates.add(element);
  }
  for (const element of clipCandidates) {
    if (!(element instanceof HTMLElement) || !visible(element)) continue;
    const style = getComputedStyle(element);
    const hides = ['hidden', 'clip'].includes(style.overflowX);
    const ellipsis = style.textOverflow === 'ellipsis';
    if (!hides && !ellipsis) continue;
    if (element.scrollWidth > element.clientWidth + 1 && textOf(element) !== '') {
      add({
        kind: 'clipped-text',
        selector: selectorOf(element),
        text: textOf(element),
        detail: `scrollWidth ${String(element.scrollWidth)} > clientWidth ${String(element.clientWidth)} (overflow ${style.overflowX}${ellipsis ? ', text-overflow ellipsis' : ''})`,
      });
    }
  }

  // 3. Text smaller than the minimum.
  const seen = new Set<Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || seen.has(element) || (node.textContent ?? '').trim() === '') continue;
    seen.add(element);
    if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(element.tagName)) continue;
    const size = parseFloat(getComputedStyle(element).fontSize);
    if (size >= options.minFontPx - 0.01 || !visible(element)) continue;
    add({
      kind: 'small-text',
      selector: selectorOf(element),
      text: textOf(element),
      detail: `font-size ${String(Math.round(size * 100) / 100)}px < ${String(options.minFontPx)}px`,
    });
  }

  // Text a style sheet writes (::before/::after content, e.g. a card's column name).
  for (const element of Array.from(document.body.querySelectorAll('*'))) {
    for (const pseudo of ['::before', '::after'] as const) {
      const style = getComputedStyle(element, pseudo);
      if (['none', 'normal'].includes(style.content) || style.display === 'none') continue;
      const written = style.content
        .replace(/attr\(([\w-]+)\)/g, (_, name: string) => `"${element.getAttribute(name) ?? ''}"`)
        .replace(/url\([^)]*\)|counters?\([^)]*\)/g, '')
        .replace(/"([^"]*)"/g, '$1')
        .trim();
      if (written === '') continue;
      const size = parseFloat(style.fontSize);
      if (size >= options.minFontPx - 0.01 || !visible(element)) continue;
      add({
        kind: 'small-text',
        selector: `${selectorOf(element)}${pseudo}`,
        text: written.slice(0, 60),
        detail: `font-size ${String(Math.round(size * 100) / 100)}px < ${String(options.minFontPx)}px`,
      });
    }
  }

  for (const kind of ['horizontal-scroll', 'clipped-text', 'small-text'] as const) {
    if (counts[kind] > options.maxPerKind) {
      problems.push({
        kind,
        selector: '…',
        text: '',
        detail: `and ${String(counts[kind] - options.maxPerKind)} more`,
      });
    }
  }
  return problems;
}

/** A console error, an uncaught exception or a request that failed, as the browser saw it. */
export type BrowserProblem = {
  kind: 'console-error' | 'page-error' | 'failed-request';
  detail: string;
};

/**
 * Collects console errors, uncaught exceptions and failed requests (no answer, or an answer of
 * 400 or more, e.g. a missing favicon) from a page, to be taken after each visit.
 */
export class BrowserWatch {
  private problems: BrowserProblem[] = [];

  constructor(page: Page) {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const at = message.location().url;
      this.problems.push({
        kind: 'console-error',
        detail: `${message.text()}${at ? ` (${at})` : ''}`,
      });
    });
    page.on('pageerror', (error) => {
      this.problems.push({ kind: 'page-error', detail: error.message });
    });
    page.on('requestfailed', (request: Request) => {
      const failure = request.failure()?.errorText ?? 'failed';
      // A request the page itself dropped because it went on to another page is not a fault.
      if (failure === 'net::ERR_ABORTED') return;
      this.problems.push({
        kind: 'failed-request',
        detail: `${request.method()} ${request.url()}: ${failure}`,
      });
    });
    page.on('response', (response: Response) => {
      if (response.status() < 400) return;
      this.problems.push({
        kind: 'failed-request',
        detail: `${response.request().method()} ${response.url()}: HTTP ${String(response.status())}`,
      });
    });
  }

  /** What was seen since the last call, and forgets it. */
  take(): BrowserProblem[] {
    const taken = this.problems;
    this.problems = [];
    return taken;
  }
}

/** Where a problem was seen: page, width and language, as a person fixing it needs them. */
export type ScreenPlace = { surface: string; page: string; width: number; language: string };

export type ScreenFinding = ScreenPlace & {
  /** `not-opened`: the page could not be brought up at all (width 0). */
  kind: LayoutProblem['kind'] | BrowserProblem['kind'] | 'not-opened';
  selector: string;
  text: string;
  detail: string;
};

export function findingsAt(
  place: ScreenPlace,
  layout: LayoutProblem[],
  browser: BrowserProblem[],
): ScreenFinding[] {
  return [
    ...layout.map((problem) => ({ ...place, ...problem })),
    ...browser.map((problem) => ({ ...place, ...problem, selector: '', text: '' })),
  ];
}

/** One line a person can act on: where, what, which element. */
export function describeFinding(finding: ScreenFinding): string {
  const width = finding.width ? `${String(finding.width)}px` : 'opening';
  const where = `${finding.surface} ${finding.page} @ ${width} ${finding.language}`;
  const element = finding.selector
    ? ` ${finding.selector}${finding.text ? ` "${finding.text}"` : ''}:`
    : '';
  return `${where}: ${finding.kind}${element} ${finding.detail}`;
}
