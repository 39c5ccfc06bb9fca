/**
 * One booking form's rules for the rider's page and the phone desk (issue 21): the same request
 * from the same choices (when, a return, a repeating series), and a refusal told at the same
 * fields. The API decides; these only shape the request and place its answer.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { firstBookablePickup, type ServiceInterval } from '@invataxi/domain';
import { ApiError, call, client, type Schema } from './api/client';
import { appConfig } from './app-clock';
import { appNow } from './app-now';
import { focusField, splitErrors, useLoadFor, type FieldErrors } from './components';
import { kzInstant } from './format';

type Booking = Schema<'CreateBookingDto'>;

/**
 * When the ride goes: one day (`time`, the return the same day) or a weekly series from that day
 * (`recurrence`, the return at its local time on each day).
 */
export function bookingTiming(o: {
  date: string;
  time: string;
  repeat: boolean;
  /** ISO weekdays, 1 = Monday. */
  weekdays: readonly number[];
  until: string;
  withReturn: boolean;
  returnAnchor: 'PICKUP' | 'DROPOFF';
  returnTime: string;
}): Pick<Booking, 'time' | 'recurrence' | 'returnTrip'> {
  if (o.repeat)
    return {
      recurrence: {
        weekdays: [...o.weekdays].sort((x, y) => x - y),
        localTime: o.time,
        fromDate: o.date,
        toDate: o.until,
      },
      ...(o.withReturn ? { returnTrip: { timeAnchor: o.returnAnchor, localTime: o.returnTime } } : {}),
    };
  return {
    time: kzInstant(o.date, o.time),
    ...(o.withReturn
      ? { returnTrip: { timeAnchor: o.returnAnchor, time: kzInstant(o.date, o.returnTime) } }
      : {}),
  };
}

/**
 * The form's first date and time (walk t22 m9: it offered 10:00 when the platform's clock read
 * 13:10): the first pickup the region's rules allow on the platform's clock, set once the rules
 * are known, unless the person has chosen a date or time already. Returns what the date and time
 * fields call when the person changes them.
 */
export function useFirstPickup(
  rules: { minLeadMinutes: number; maxHorizonDays: number; serviceHours: string[][][] } | undefined,
  set: (first: { date: string; time: string }) => void,
): () => void {
  const chosen = useRef(false);
  const setRef = useRef(set);
  setRef.current = set;
  useEffect(() => {
    if (!rules) return;
    let gone = false;
    // Once the platform's clock is known (GET /app-config, asked once per page load).
    void appConfig().then(() => {
      const first =
        gone || chosen.current
          ? null
          : firstBookablePickup(
              // The API's intervals are pairs of 'HH:MM' (its schema says string arrays).
              { ...rules, serviceHours: rules.serviceHours as ServiceInterval[][] },
              new Date(appNow()),
            );
      if (first) setRef.current(first);
    });
    return () => {
      gone = true;
    };
  }, [rules]);
  return useCallback(() => {
    chosen.current = true;
  }, []);
}

/** Where an API field or reason belongs on this form (the phone desk's too). */
export function bookingFieldOf(apiField: string): string | null {
  const f = apiField.replace(/^body\./, '');
  if (f.startsWith('pickup')) return 'from';
  if (f.startsWith('dropoff')) return 'to';
  if (f === 'time' || f === 'timeAnchor') return 'time';
  // The booking horizon is about the day: the rider's form has a date field (the desk's says it at its time).
  if (f === 'date') return 'date';
  if (f.startsWith('returnTrip')) return 'returnTime';
  if (f.startsWith('recurrence')) return 'until';
  if (f.startsWith('mobility')) return 'needs';
  if (f === 'purpose' || f === 'companions' || f === 'notes') return f;
  if (f === 'beneficiaryId') return 'whose';
  return null;
}

export const REASON_FIELD: Record<string, string> = {
  LEAD_TIME_TOO_SHORT: 'time',
  // The horizon is about the day (walk 20: it was marked on the time field).
  BEYOND_HORIZON: 'date',
  OUTSIDE_SERVICE_HOURS: 'time',
  OVERLAPPING_BOOKING: 'time',
  PURPOSE_NOT_ALLOWED: 'purpose',
  TOO_MANY_COMPANIONS: 'companions',
  OUTSIDE_SERVICE_AREA: 'from',
  PICKUP_EQUALS_DROPOFF: 'to',
};

/**
 * A refused booking (or change) told at its fields: the API's field, else the field its reason
 * code names (REASON_FIELD), mapped by `fieldOf` to the form's; focus on the first field in
 * `order` that has one, else on the summary of what no field owns.
 */
export function refusalAtFields(
  e: ApiError,
  order: readonly string[],
  fieldOf: (apiField: string) => string | null,
): { fields: FieldErrors; general: string[] } {
  const withFields = new ApiError(
    e.status,
    e.message,
    e.fields.map((f) => ({ ...f, field: f.field || (f.code && REASON_FIELD[f.code]) || '' })),
  );
  const split = splitErrors(withFields, fieldOf);
  const first = order.find((f) => split.fields[f]);
  if (first) focusField(first);
  else requestAnimationFrame(() => document.getElementById('error-summary-title')?.focus());
  return split;
}

/**
 * How far ahead the ride may be booked, as the API will check it: the region's rules in force at
 * the ride's own time (a version that starts later, or the national defaults before the first,
 * may say another number than today's), so the hint and a refusal never disagree.
 */
export function LeadHint(props: { region: string | null; date: string; time: string }) {
  const { t } = useTranslation();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(props.date) && /^\d{2}:\d{2}$/.test(props.time);
  const at = props.region && valid ? `${props.region}|${kzInstant(props.date, props.time)}` : null;
  const policy = useLoadFor(at, (key, signal) => {
    const [kato, when] = key.split('|') as [string, string];
    return call(
      client.GET('/regions/{kato}/policies/in-force', {
        params: { path: { kato }, query: { at: when } },
        signal,
      }),
    );
  });
  if (!policy.data) return null;
  return (
    <p className="hint" id="lead-hint">
      {t('book.leadHint', {
        minutes: policy.data.rules.minLeadMinutes,
        days: policy.data.rules.maxHorizonDays,
      })}
    </p>
  );
}
