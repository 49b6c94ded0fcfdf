/**
 * The work pages' keyboard shortcuts as pure rules: which command a key press asks for, given
 * where focus is and whether a dialog is open. The single-character keys can be turned off (WCAG
 * 2.1.4) and never act while the person types in a field; Ctrl+Enter (⌘+Enter) sends the form
 * the person is typing in.
 */

export type ShortcutCommand = 'next' | 'previous' | 'assign' | 'answer' | 'send' | 'help';

/** The single-character key of each command that has one. */
export const SINGLE_KEYS = {
  next: 'j',
  previous: 'k',
  assign: 'a',
  answer: 'r',
  help: '?',
} as const satisfies Partial<Record<ShortcutCommand, string>>;

type SingleKeyCommand = keyof typeof SINGLE_KEYS;

/** The order the help lists a page's commands in. */
export const COMMAND_ORDER: readonly ShortcutCommand[] = [
  'next',
  'previous',
  'assign',
  'answer',
  'send',
  'help',
];

/** What of a key event the rules read. */
export type KeyPress = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
  /** The key is held down. */
  repeat?: boolean;
};

/** Where the key was pressed. */
export type KeyContext = {
  /** Focus is in a field that takes text or a choice (input, textarea, select, editable). */
  typing: boolean;
  /** An open modal dialog: none, the shortcut help, or another one. */
  dialog: 'none' | 'help' | 'other';
  /** The person has not turned the single-character keys off. */
  singleKeys: boolean;
};

/** The command a key press asks for, or null when it is an ordinary key press here. */
export function commandForKey(press: KeyPress, context: KeyContext): ShortcutCommand | null {
  if (press.isComposing) return null;
  if (press.key === 'Enter' && (press.ctrlKey || press.metaKey)) {
    const once = !press.repeat && !press.altKey && !press.shiftKey;
    return once && context.dialog === 'none' ? 'send' : null;
  }
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (!context.singleKeys || context.typing || context.dialog === 'other') return null;
  const command = singleKeyCommand(press.key);
  // With the help open, only its own key acts (it closes the help again).
  if (context.dialog === 'help') return command === 'help' ? 'help' : null;
  // Holding a key down moves on through the list, but never assigns or opens twice.
  if (press.repeat && command !== 'next' && command !== 'previous') return null;
  return command;
}

function singleKeyCommand(key: string): SingleKeyCommand | null {
  for (const command of Object.keys(SINGLE_KEYS) as SingleKeyCommand[]) {
    if (SINGLE_KEYS[command] === key) return command;
  }
  return null;
}

const TYPING_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'listbox', 'spinbutton']);

/** Whether key presses at `target` go to a field (so letters are text, not commands). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const tag = target.tagName.toLowerCase();
  if (tag === 'input' || tag === 'textarea' || tag === 'select') return true;
  if (target.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  const role = target.getAttribute('role');
  return role !== null && TYPING_ROLES.has(role);
}

/** Which modal dialog is open in `root`, if any; the help is marked `data-shortcut-help`. */
export function openDialog(root: ParentNode): KeyContext['dialog'] {
  const open = [...root.querySelectorAll('dialog[open]')];
  if (open.length === 0) return 'none';
  return open.every((dialog) => dialog.hasAttribute('data-shortcut-help')) ? 'help' : 'other';
}

/** The form Ctrl+Enter sends from `target`: one marked `data-shortcut-send` around it. */
export function formToSend(target: EventTarget | null): HTMLFormElement | null {
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLFormElement>('form[data-shortcut-send]');
}

/** The neighbour `step` places from `current` in `ids`, or null at either end or when absent. */
export function neighbour<T extends { id: string }>(
  items: readonly T[],
  current: string,
  step: 1 | -1,
): T | null {
  const index = items.findIndex((item) => item.id === current);
  if (index < 0) return null;
  return items[index + step] ?? null;
}
