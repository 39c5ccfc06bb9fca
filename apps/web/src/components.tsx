import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { ApiError } from './api/client';

/**
 * Loads data for a page; reload() after a change. Errors are kept, never swallowed. A reload
 * keeps what is shown until the answer comes; new arguments (another day on the board, another
 * ward) drop it at once, so the previous answer is never shown as if it were the new one.
 */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]) {
  const [state, setState] = useState<{ data?: T; error?: ApiError | Error; loading: boolean }>({
    loading: true,
  });
  const [tick, setTick] = useState(0);
  const loadedFor = useRef(deps);
  useEffect(() => {
    const ctl = new AbortController();
    const same =
      deps.length === loadedFor.current.length && deps.every((d, i) => Object.is(d, loadedFor.current[i]));
    loadedFor.current = deps;
    setState((s) => (same ? { ...s, loading: true } : { loading: true }));
    load(ctl.signal).then(
      (data) => !ctl.signal.aborted && setState({ data, loading: false }),
      (error: Error) =>
        !ctl.signal.aborted && error.name !== 'AbortError' && setState({ error, loading: false }),
    );
    return () => ctl.abort();
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}

/** Loads once `arg` is known (null: wait, no data); reload() after a change. */
export function useLoadFor<A, T>(
  arg: A | null | undefined,
  load: (arg: A, signal: AbortSignal) => Promise<T>,
) {
  return useLoad<T | undefined>((s) => (arg == null ? Promise.resolve(undefined) : load(arg, s)), [arg]);
}

/** What the person reads when a load fails: the API's own words, or that the feature is not there yet. */
export function LoadError({ error }: { error: Error }) {
  const { t } = useTranslation();
  const api = error instanceof ApiError ? error : null;
  const text =
    api?.status === 404
      ? t('common.notAvailable')
      : api?.status === 0
        ? t('common.network')
        : api?.status === 403
          ? t('common.forbidden')
          : error.message;
  return (
    <p className="notice notice-error" role="alert">
      <span aria-hidden="true">⚠ </span>
      {text}
    </p>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  );
}

/** The first heading of a page takes focus on navigation, so screen readers hear where they are. */
export function PageTitle({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <h1 tabIndex={-1} ref={ref} className="page-title">
      {children}
    </h1>
  );
}

/** A polite announcement region; set text to announce it. */
export function Announcer({ text }: { text: string }) {
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}

export type FieldErrors = Record<string, string>;

/**
 * Maps the API's field paths (pickup.address, rules.tripsPerMonth) to form fields; what no field
 * owns goes to the summary. Returns the errors and the first field to focus.
 */
export function splitErrors(
  err: ApiError,
  fieldOf: (apiField: string) => string | null,
): { fields: FieldErrors; general: string[] } {
  const fields: FieldErrors = {};
  const general: string[] = [];
  for (const e of err.fields) {
    const f = e.field ? fieldOf(e.field) : null;
    if (f) fields[f] = fields[f] ? `${fields[f]} ${e.message}` : e.message;
    else general.push(e.message);
  }
  if (err.fields.length === 0) general.push(err.status === 0 ? 'network' : err.message);
  return { fields, general };
}

/** Errors no field owns, and a list of links to those that one does (WCAG 3.3.1). */
export function ErrorSummary(props: {
  general: string[];
  fields: FieldErrors;
  labels: Record<string, string>;
}) {
  const { t } = useTranslation();
  const entries = Object.entries(props.fields);
  if (props.general.length === 0 && entries.length === 0) return null;
  return (
    <div className="notice notice-error" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="h3">
        <span aria-hidden="true">⚠ </span>
        {t('common.fixErrors')}
      </h2>
      <ul>
        {props.general.map((g, i) => (
          <li key={i}>{g === 'network' ? t('common.network') : g}</li>
        ))}
        {entries.map(([f, msg]) => (
          <li key={f}>
            <a href={`#field-${f}`}>
              {props.labels[f] ?? f}: {msg}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Moves focus to the first field with an error, after React has rendered it. */
export function focusField(name: string | undefined): void {
  if (!name) return;
  requestAnimationFrame(() => {
    const el = document.getElementById(`field-${name}`);
    if (el) {
      const target = el.matches('input,select,textarea,button')
        ? el
        : el.querySelector<HTMLElement>('input,select,textarea,button');
      (target ?? el).focus();
    }
  });
}

const WAITING_STATUSES = new Set(['WAITLISTED', 'AWAITING_PROCUREMENT']);

/**
 * An hourglass drawn inline: the ⧗ glyph is missing from common fonts (an empty box in
 * Debian's Chromium), and an SVG needs none. Sized to the text, in the text's colour.
 */
export function HourglassIcon() {
  return (
    <svg
      className="icon-inline"
      width="0.9em"
      height="0.9em"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      data-icon="hourglass"
    >
      <path
        d="M3 1h10v1.5c0 2.2-1.6 4-3.6 5.5C11.4 9.5 13 11.3 13 13.5V15H3v-1.5c0-2.2 1.6-4 3.6-5.5C4.6 6.5 3 4.7 3 2.5z M5 3c0 1.4 1.2 2.8 3 4 1.8-1.2 3-2.6 3-4z M5 13.5h6C11 12 9.8 10.8 8 9.6 6.2 10.8 5 12 5 13.5z"
        fill="currentColor"
        fillRule="evenodd"
      />
    </svg>
  );
}

/** A status in words with a shape, never colour alone. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const icon: Record<string, string> = {
    REQUESTED: '○',
    ACCEPTED: '◔',
    SCHEDULED: '◑',
    EN_ROUTE: '➜',
    ARRIVED: '◉',
    ON_BOARD: '●',
    COMPLETED: '✓',
    NO_SHOW: '✗',
    CANCELLED: '✗',
    REJECTED: '✗',
    EXPIRED: '✗',
  };
  return (
    <span className={`badge badge-${status.toLowerCase()}`}>
      <span aria-hidden="true">
        {WAITING_STATUSES.has(status) ? (
          <>
            <HourglassIcon />
            {/* The drawn icon has no text: the line's text ("Тимур Калиев ·  On the waiting list",
                walk t23 minor) read an empty slot where the other statuses have their sign. */}
            <span className="visually-hidden">⧗</span>
          </>
        ) : (
          (icon[status] ?? '•')
        )}{' '}
      </span>
      {t(`status.${status}`, { defaultValue: t('common.unknown') })}
    </span>
  );
}

export function ConfirmButtons(props: {
  onConfirm: () => void;
  onCancel: () => void;
  confirmLabel: string;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <Button className="btn btn-primary" onPress={props.onConfirm} isDisabled={props.busy}>
        {props.confirmLabel}
      </Button>
      <Button className="btn" onPress={props.onCancel}>
        {t('common.back')}
      </Button>
    </div>
  );
}

/**
 * A table's own scrolling region: a table wider than the screen scrolls here, never the page
 * (WCAG 1.4.10). A keyboard reaches it (tabIndex 0) and a screen reader names it (the caption
 * or heading `labelledBy` points at).
 */
export function TableRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}

/**
 * A panel opened in the page (move a ride, a vehicle off the road): focus goes to its first
 * field, and back to what opened it when it closes, or to the page heading when that is gone
 * (walk F4/F20). Returns the Escape handler for the panel: it closes it unless `busy`.
 */
export function usePanelFocus(firstFieldId: string, busy: boolean, close: () => void) {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    document.getElementById(firstFieldId)?.focus();
    return () => {
      requestAnimationFrame(() => {
        if (opener?.isConnected) opener.focus();
        else document.querySelector<HTMLElement>('h1')?.focus();
      });
    };
  }, [firstFieldId]);
  return (e: { key: string; stopPropagation(): void }) => {
    if (e.key === 'Escape' && !busy) {
      e.stopPropagation();
      close();
    }
  };
}

/** A column of a DataTable: its header and what each row shows in it (absent: not shown). */
export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** Leave the column out (e.g. actions a role may not take). */
  hidden?: boolean;
}

/**
 * A list as a table in its own scrolling region (TableRegion), named by its caption; the first
 * column heads each row (th scope=row). One piece for the fleet's, the providers' and the like.
 */
export function DataTable<T extends { id: string }>(props: {
  id: string;
  caption: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
}) {
  const captionId = `${props.id}-caption`;
  const [head, ...rest] = props.columns.filter((c) => !c.hidden);
  return (
    <TableRegion labelledBy={captionId}>
      <table className="table">
        <caption id={captionId}>{props.caption}</caption>
        <thead>
          <tr>
            {head && <th scope="col">{head.header}</th>}
            {rest.map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.id}>
              {head && <th scope="row">{head.cell(r)}</th>}
              {rest.map((c) => (
                <td key={c.header}>{c.cell(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
