/**
 * The app's one date field and one time field. Every form in apps/web takes a date or a time
 * through these, never through <input type="date|time">: the browser draws those in its own
 * locale ("12/08/2026", "10:00 AM" on a Russian page, or nothing sensible in Kazakh, as Debian's
 * Chromium has no kk data). Here the date reads day.month.year as format.ts writes it
 * ("08.12.2026") and the time on the 24-hour clock ("10:00"), in every language.
 *
 * A plain text box, so it works the same with a keyboard, a screen reader, a phone's number pad
 * and at 320 px: typed digits are read by parseDateShort / parseTime; ↑/↓ move the date by a day
 * (Page Up/Down by a week) and the time by a minute (Page Up/Down by an hour). The value handed to
 * the form is YYYY-MM-DD or HH:MM, as before, and '' while what is typed is not a whole date or
 * time (like the native fields), so a half-typed date is never booked. Once the date is whole its
 * weekday and month are shown in words beside it (fmtDate), so the reader sees which day it is.
 * A text that cannot be a date says so at the field when the reader leaves it, and a form holding
 * one is not sent (unreadableFields).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  addDaysToDate,
  addMinutesToTime,
  dateFieldHint,
  fmtDateShort,
  kzToday,
  parseDateShort,
  parseTime,
} from './format';

interface FieldProps {
  /** The input's id (forms move focus to `field-<name>` on an error); one is made up if absent. */
  id?: string;
  label: ReactNode;
  /** YYYY-MM-DD (date) or HH:MM (time), '' for none. */
  value: string;
  onChange: (value: string) => void;
  isRequired?: boolean;
  /** The form's or the API's word on this field, shown at the field. */
  error?: string;
  /** More words under the label (the format is always said). */
  hint?: ReactNode;
  /** Extra class on the wrapper (e.g. field-short). */
  className?: string;
  isDisabled?: boolean;
  /** No words under the label: for rows of fields whose format is said once above them. */
  terse?: boolean;
}

interface Kind {
  parse: (text: string) => string | null;
  show: (value: string) => string;
  /** The value one step (`by` = ±1) or one big step (±big) away. */
  step: (value: string, by: number, big: boolean) => string;
  /** Where ↑/↓ start from when the field is empty. */
  start: () => string;
  /** The format said under the label, with an example or the whole value in words. */
  format: (t: TFunction, value: string | null) => ReactNode;
  /** What a text that is not a value is told. */
  bad: (t: TFunction) => string;
  inputClass: string;
}

const DATE: Kind = {
  parse: parseDateShort,
  show: fmtDateShort,
  step: (v, by, big) => addDaysToDate(v, by * (big ? 7 : 1)),
  start: () => kzToday(),
  // One day, never two (walk t22 m14): a whole date in words, else today's as the example.
  format: (t, value) => {
    const hint = dateFieldHint(value);
    if ('example' in hint) return t('dateField.dateFormat', { example: hint.example });
    return (
      <>
        {/* One text with its separator: "day.month.year" alone reads like a raw key to the language check. */}
        {`${t('dateField.dateFormatBare')} · `}
        <span data-testid="date-in-words">{hint.words}</span>
      </>
    );
  },
  bad: (t) => t('dateField.badDate', { example: fmtDateShort(kzToday()) }),
  inputClass: 'date-input',
};

const TIME: Kind = {
  parse: parseTime,
  show: (v) => v,
  step: (v, by, big) => addMinutesToTime(v, by * (big ? 60 : 1)),
  start: () => '09:00',
  format: (t) => t('dateField.timeFormat'),
  bad: (t) => t('dateField.badTime'),
  inputClass: 'time-input',
};

function TypedField({ kind, ...props }: FieldProps & { kind: Kind }) {
  const { t } = useTranslation();
  const made = useId();
  const id = props.id ?? `f${made.replace(/:/g, '')}`;
  const [text, setText] = useState(props.value ? kind.show(props.value) : '');
  const [unreadable, setUnreadable] = useState(false);
  // What this field last told the form: a value that differs came from outside (a "next week"
  // button, a reset) and replaces the text; '' for a half-typed text leaves the text alone.
  const told = useRef(props.value);
  useEffect(() => {
    if (props.value === told.current) return;
    told.current = props.value;
    setText(props.value ? kind.show(props.value) : '');
    setUnreadable(false);
  }, [props.value, kind]);

  const tell = (value: string) => {
    if (value === told.current) return;
    told.current = value;
    props.onChange(value);
  };
  const typed = (next: string) => {
    setText(next);
    const value = kind.parse(next);
    if (value || !next.trim()) setUnreadable(false);
    tell(value ?? '');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const by = { ArrowUp: 1, ArrowDown: -1, PageUp: 1, PageDown: -1 }[e.key];
    if (!by || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const from = kind.parse(text);
    const next = from ? kind.step(from, by, e.key.startsWith('Page')) : kind.start();
    setText(kind.show(next));
    setUnreadable(false);
    tell(next);
  };
  const onBlur = () => {
    const value = kind.parse(text);
    if (value) setText(kind.show(value));
    else if (props.value && props.value !== told.current) {
      // The form kept its last whole value (a board's day): show that one again.
      told.current = props.value;
      setText(kind.show(props.value));
      setUnreadable(false);
    } else setUnreadable(!!text.trim());
  };

  const value = kind.parse(text);
  // Text that is no date or time yet: a FormCard refuses to send while a field holds it (walk t25
  // M4: "25:99" was dropped and the scenario ran "as now") and says why here (onInvalid).
  const holdsUnreadable = !value && !!text.trim();
  const error = unreadable ? kind.bad(t) : props.error;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`field ${props.className ?? ''}`.trim()}>
      <label htmlFor={id}>{props.label}</label>
      {!props.terse && (
        <p className="hint" id={hintId}>
          {props.hint && <>{props.hint} </>}
          {kind.format(t, value)}
        </p>
      )}
      <input
        id={id}
        type="text"
        className={kind.inputClass}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={text}
        disabled={props.isDisabled}
        aria-required={props.isRequired || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={[props.terse ? '' : hintId, error ? errorId : ''].join(' ').trim() || undefined}
        onChange={(e) => typed(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        data-unreadable={holdsUnreadable ? kind.bad(t) : undefined}
        onInvalid={() => setUnreadable(true)}
      />
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A date, typed as day.month.year ("08.12.2026"); value YYYY-MM-DD. */
export function DateField(props: FieldProps) {
  return <TypedField kind={DATE} {...props} />;
}

/** A time on the 24-hour clock ("10:00"); value HH:MM. */
export function TimeField(props: FieldProps) {
  return <TypedField kind={TIME} {...props} />;
}

/**
 * The date and time fields of a form holding text that is no date or time ("25:99", "noon"):
 * each is told so at the field (an `invalid` event), so the form refuses to send rather than
 * sending '' and the rule "as now".
 */
export function unreadableFields(form: HTMLFormElement): { input: HTMLInputElement; say: string }[] {
  const bad = Array.from(form.querySelectorAll<HTMLInputElement>('input[data-unreadable]'));
  for (const el of bad) el.dispatchEvent(new Event('invalid'));
  return bad.map((input) => ({ input, say: input.dataset.unreadable ?? '' }));
}
