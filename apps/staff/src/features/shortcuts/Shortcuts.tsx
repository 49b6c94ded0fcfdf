import { Button, Checkbox, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMMAND_ORDER,
  commandForKey,
  formToSend,
  isTypingTarget,
  openDialog,
  SINGLE_KEYS,
  type ShortcutCommand,
} from './shortcut-keys.ts';
import { singleKeysOn, useSingleKeys } from './shortcut-memory.ts';
import './shortcuts.css';

/** A page's command: does it and says in words what happened (null: nothing to say). */
export type ShortcutHandler = () => string | null;

/** The commands a page offers; "send" and "help" are the module's own. */
export type ShortcutHandlers = Partial<
  Record<Exclude<ShortcutCommand, 'send' | 'help'>, ShortcutHandler>
>;

/**
 * Listens for the page's shortcuts while the page is shown and runs them; says what happened in
 * a polite live region. `send` lists Ctrl+Enter, which sends a form marked `data-shortcut-send`
 * from any of its fields.
 */
export function useShortcuts(
  commands: ShortcutHandlers,
  { send, onHelp }: { send: boolean; onHelp: () => void },
): { said: { text: string; count: number } | null } {
  const [said, setSaid] = useState<{ text: string; count: number } | null>(null);
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const command = commandForKey(event, {
      typing: isTypingTarget(event.target),
      dialog: openDialog(document),
      singleKeys: singleKeysOn(),
    });
    if (command === null) return;
    if (command === 'help') {
      event.preventDefault();
      onHelp();
      return;
    }
    if (command === 'send') {
      const form = send ? formToSend(event.target) : null;
      if (!form) return;
      event.preventDefault();
      // From a submit button of the form, that button submits: "Tilldela mig" assigns to me.
      const target = event.target;
      const submitter =
        target instanceof HTMLButtonElement && target.type === 'submit' && target.form === form
          ? target
          : undefined;
      form.requestSubmit(submitter);
      return;
    }
    const handler = commands[command];
    if (!handler) return;
    event.preventDefault();
    const text = handler();
    if (text) setSaid((current) => ({ text, count: (current?.count ?? 0) + 1 }));
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      onKey(event);
    };
    document.addEventListener('keydown', listener);
    return () => {
      document.removeEventListener('keydown', listener);
    };
  }, []);
  return { said };
}

/**
 * A work page's shortcuts: the key handling, a "Kortkommandon" button that opens the help (as
 * `?` does) listing this page's keys with the switch for the single-character keys, and the live
 * region that says what a shortcut did.
 */
export function Shortcuts({
  commands,
  send = false,
  chooseAssignee = false,
}: {
  commands: ShortcutHandlers;
  send?: boolean;
  /** `a` goes to the assignment to choose someone, instead of assigning to the person. */
  chooseAssignee?: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);
  const helpButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const [singleKeys, setSingleKeys] = useSingleKeys();

  const show = () => {
    returnTo.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : document.body;
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
  };
  // Once the help has closed: back to where the person was, or to the help button if that is
  // gone or was the page itself.
  useEffect(() => {
    // The dialog (a child) has opened or closed in its own effect, which runs before this one.
    if (open) {
      closeButton.current?.focus();
      return;
    }
    if (!returnTo.current) return;
    const back = returnTo.current;
    returnTo.current = null;
    (back !== document.body && back.isConnected ? back : helpButton.current)?.focus();
  }, [open]);
  const { said } = useShortcuts(commands, {
    send,
    onHelp: () => {
      if (open) close();
      else show();
    },
  });

  const listed = COMMAND_ORDER.filter(
    (command) => command === 'help' || (command === 'send' ? send : commands[command]),
  );
  return (
    <>
      <div className="etj-shortcuts">
        <Button
          ref={helpButton}
          type="button"
          variant="tertiary"
          data-size="sm"
          aria-haspopup="dialog"
          onClick={show}
        >
          {t('shortcuts.open')}
        </Button>
      </div>
      <div role="status" className="etj-visually-hidden">
        {said ? <span key={said.count}>{said.text}</span> : null}
      </div>
      <Dialog
        open={open}
        modal
        closedby="any"
        closeButton={false}
        data-shortcut-help=""
        aria-labelledby={titleId}
        onClose={close}
      >
        <Heading level={2} data-size="sm" id={titleId}>
          {t('shortcuts.title')}
        </Heading>
        <Paragraph>{t('shortcuts.lead')}</Paragraph>
        <dl className="etj-shortcut-list">
          {listed.map((command) => (
            <div key={command}>
              <dt>
                {command === 'send' ? (
                  <>
                    <kbd>Ctrl</kbd> + <kbd>Enter</kbd>
                    <span>{t('shortcuts.sendOnMac')}</span>
                  </>
                ) : (
                  <kbd>{SINGLE_KEYS[command]}</kbd>
                )}
              </dt>
              <dd>
                {t(
                  `shortcuts.commands.${command === 'assign' && chooseAssignee ? 'assignChoose' : command}`,
                )}
              </dd>
            </div>
          ))}
        </dl>
        <Checkbox
          id="shortcuts-single-keys"
          label={t('shortcuts.singleKeys')}
          description={t('shortcuts.singleKeysHint')}
          checked={singleKeys}
          onChange={(event) => {
            setSingleKeys(event.target.checked);
          }}
        />
        <div className="etj-actions">
          <Button type="button" ref={closeButton} onClick={close}>
            {t('shortcuts.close')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
