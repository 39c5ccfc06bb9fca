import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from 'react-aria-components';

/**
 * One key of the board: the key as shown (KeyboardEvent.key on a Latin layout), its place on the
 * keyboard (KeyboardEvent.code: the same key on a Kazakh or Russian layout, walk t23) and what it
 * does, in words.
 */
export interface Shortcut {
  key: string;
  code: string;
  label: string;
  run: () => void;
}

const STORED = 'invataxi.board.singleKeyShortcuts';

/** Whether the person turned single-key shortcuts off (WCAG 2.1.4), remembered on this device. */
export function useShortcutsSetting(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => {
    try {
      return localStorage.getItem(STORED) !== 'off';
    } catch {
      return true;
    }
  });
  const set = (value: boolean) => {
    setOn(value);
    try {
      localStorage.setItem(STORED, value ? 'on' : 'off');
    } catch {
      // A browser that keeps nothing: the choice lasts while the page is open.
    }
  };
  return [on, set];
}

/** Typing in a field (a search, a date, a note, a list) is typing, never a shortcut. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('input, textarea, select, [role="combobox"], [role="textbox"], [role="listbox"]'))
    return true;
  return false;
}

/**
 * The board's single-key shortcuts (issue 23): active only while `on`, never while a field has
 * the focus or with Ctrl, Alt or ⌘ held (the browser's and the screen reader's own keys).
 */
export function useShortcuts(shortcuts: Shortcut[], on: boolean): void {
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    if (!on) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || e.ctrlKey || e.altKey || e.metaKey) return;
      if (typing(e.target)) return;
      const s = current.current.find((x) => x.key === e.key || x.code === e.code);
      if (!s) return;
      e.preventDefault();
      s.run();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [on]);
}

/** The list of the board's keys, always on the page, with the switch that turns them off. */
export function ShortcutsHelp(props: {
  shortcuts: Shortcut[];
  on: boolean;
  onChange: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="card shortcuts" aria-labelledby="shortcuts-title" data-testid="shortcuts">
      <h2 id="shortcuts-title" className="h3">
        {t('board.keys.title')}
      </h2>
      <Checkbox className="checkbox" isSelected={props.on} onChange={props.onChange}>
        <span className="box" aria-hidden="true" />
        {t('board.keys.enabled')}
      </Checkbox>
      <p className="muted small">{t('board.keys.help')}</p>
      <dl className="shortcut-list">
        {props.shortcuts.map((s) => (
          <div key={s.key} className={props.on ? undefined : 'muted'}>
            <dt>
              <kbd>{s.key}</kbd>
            </dt>
            <dd>{s.label}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
