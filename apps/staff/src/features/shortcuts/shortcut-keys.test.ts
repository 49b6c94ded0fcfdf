import { describe, expect, it } from 'vitest';
import {
  commandForKey,
  formToSend,
  isTypingTarget,
  type KeyContext,
  type KeyPress,
  neighbour,
  openDialog,
} from './shortcut-keys.ts';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

const onPage: KeyContext = { typing: false, dialog: 'none', singleKeys: true };

describe('commandForKey', () => {
  it('maps the single keys on the page', () => {
    expect(commandForKey(press('j'), onPage)).toBe('next');
    expect(commandForKey(press('k'), onPage)).toBe('previous');
    expect(commandForKey(press('a'), onPage)).toBe('assign');
    expect(commandForKey(press('r'), onPage)).toBe('answer');
    expect(commandForKey(press('?', { shiftKey: true }), onPage)).toBe('help');
    expect(commandForKey(press('x'), onPage)).toBeNull();
    // A capital letter is another key: Shift+j is not "next".
    expect(commandForKey(press('J', { shiftKey: true }), onPage)).toBeNull();
  });

  it('never takes a single key while the person types in a field', () => {
    const typing = { ...onPage, typing: true };
    for (const key of ['j', 'k', 'a', 'r', '?'])
      expect(commandForKey(press(key), typing)).toBeNull();
  });

  it('leaves keys with Ctrl, ⌘ or Alt to the browser and assistive technology', () => {
    expect(commandForKey(press('j', { ctrlKey: true }), onPage)).toBeNull();
    expect(commandForKey(press('a', { metaKey: true }), onPage)).toBeNull();
    expect(commandForKey(press('r', { altKey: true }), onPage)).toBeNull();
    expect(commandForKey(press('Enter'), onPage)).toBeNull();
  });

  it('sends with Ctrl+Enter or ⌘+Enter, also while typing and with the single keys off', () => {
    const typingOff = { typing: true, dialog: 'none', singleKeys: false } as const;
    expect(commandForKey(press('Enter', { ctrlKey: true }), typingOff)).toBe('send');
    expect(commandForKey(press('Enter', { metaKey: true }), typingOff)).toBe('send');
    expect(commandForKey(press('Enter', { ctrlKey: true, shiftKey: true }), onPage)).toBeNull();
    expect(commandForKey(press('Enter', { ctrlKey: true, altKey: true }), onPage)).toBeNull();
    expect(commandForKey(press('Enter', { ctrlKey: true }), { ...onPage, dialog: 'other' })).toBe(
      null,
    );
  });

  it('does nothing with the single keys switched off', () => {
    const off = { ...onPage, singleKeys: false };
    for (const key of ['j', 'k', 'a', 'r', '?']) expect(commandForKey(press(key), off)).toBeNull();
  });

  it('does nothing under another dialog, and only closes the help under the help', () => {
    const other = { ...onPage, dialog: 'other' } as const;
    expect(commandForKey(press('j'), other)).toBeNull();
    expect(commandForKey(press('?'), other)).toBeNull();
    const help = { ...onPage, dialog: 'help' } as const;
    expect(commandForKey(press('j'), help)).toBeNull();
    expect(commandForKey(press('?'), help)).toBe('help');
  });

  it('repeats only moving through the list while a key is held down', () => {
    expect(commandForKey(press('j', { repeat: true }), onPage)).toBe('next');
    expect(commandForKey(press('k', { repeat: true }), onPage)).toBe('previous');
    expect(commandForKey(press('a', { repeat: true }), onPage)).toBeNull();
    expect(commandForKey(press('?', { repeat: true }), onPage)).toBeNull();
    expect(commandForKey(press('Enter', { ctrlKey: true, repeat: true }), onPage)).toBeNull();
  });

  it('ignores a key press that is part of composing a character', () => {
    expect(commandForKey(press('a', { isComposing: true }), onPage)).toBeNull();
  });
});

describe('where the key was pressed', () => {
  it('counts fields and editable content as typing, other elements not', () => {
    document.body.innerHTML = `
      <input id="text"><input id="box" type="checkbox"><textarea id="area"></textarea>
      <select id="list"><option>1</option></select>
      <div contenteditable="true"><p id="editable">x</p></div>
      <div contenteditable="false"><p id="fixed">x</p></div>
      <div id="combo" role="combobox"></div>
      <a id="link" href="/x">x</a><button id="button">x</button>`;
    const at = (id: string) => document.getElementById(id);
    for (const id of ['text', 'box', 'area', 'list', 'editable', 'combo']) {
      expect(isTypingTarget(at(id)), id).toBe(true);
    }
    for (const id of ['fixed', 'link', 'button']) expect(isTypingTarget(at(id)), id).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('tells the help from another open dialog', () => {
    document.body.innerHTML = `<dialog data-shortcut-help></dialog><dialog id="other"></dialog>`;
    expect(openDialog(document)).toBe('none');
    document.querySelector('dialog[data-shortcut-help]')?.setAttribute('open', '');
    expect(openDialog(document)).toBe('help');
    document.getElementById('other')?.setAttribute('open', '');
    expect(openDialog(document)).toBe('other');
  });

  it('sends only a form that asks for it', () => {
    document.body.innerHTML = `
      <form data-shortcut-send><textarea id="answer"></textarea></form>
      <form><input id="filter"></form>`;
    expect(formToSend(document.getElementById('answer'))).toBe(document.querySelector('form'));
    expect(formToSend(document.getElementById('filter'))).toBeNull();
  });
});

describe('neighbour', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('finds the next and previous case, none past either end or for a case not listed', () => {
    expect(neighbour(list, 'b', 1)).toEqual({ id: 'c' });
    expect(neighbour(list, 'b', -1)).toEqual({ id: 'a' });
    expect(neighbour(list, 'c', 1)).toBeNull();
    expect(neighbour(list, 'a', -1)).toBeNull();
    expect(neighbour(list, 'z', 1)).toBeNull();
  });
});
