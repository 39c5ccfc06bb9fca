import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BookingStatus, RideNeedFilter } from '@invataxi/domain';
import { call, client, type Schema } from '../../api/client';

type Ride = Schema<'BookingView'>;

/** Rides per request: the API's largest page. */
export const RIDE_PAGE = 200;

/** What the board asks GET /bookings for: a day's rides in some statuses, within the caller's scope. */
export interface RideQuery {
  day: string;
  status?: BookingStatus[];
  provider?: string;
  region?: string;
  /** Part of a rider's name, phone digits or a booking number (searched by the API, never here). */
  q?: string;
  needs?: RideNeedFilter[];
}

/**
 * A list of rides of any length (issue 23: the board stopped at 200), a page of RIDE_PAGE at a
 * time through the API's cursor. `all`: every page, one after the other (a route needs all its
 * rides); otherwise the first page and `more()` for the next. A reload (live events, the poll)
 * fetches again as many pages as are shown, so a list read to its end stays read to its end.
 */
export function usePagedRides(query: RideQuery | null, opts: { all?: boolean } = {}) {
  const [state, setState] = useState<{
    items: Ride[];
    next: string | null;
    error?: Error;
    loading: boolean;
    loadingMore: boolean;
  }>({ items: [], next: null, loading: true, loadingMore: false });
  const [tick, setTick] = useState(0);
  const pages = useRef(1);
  const key = JSON.stringify(query);
  const loadedKey = useRef(key);
  const ctl = useRef<AbortController | null>(null);

  const page = useCallback(
    (cursor: string | null, signal: AbortSignal) =>
      call(
        client.GET('/bookings', {
          params: {
            query: {
              ...(query as RideQuery),
              limit: RIDE_PAGE,
              ...(cursor ? { cursor } : {}),
            },
          },
          signal,
        }),
      ),
    [key],
  );

  useEffect(() => {
    if (!query) {
      setState({ items: [], next: null, loading: false, loadingMore: false });
      return;
    }
    if (loadedKey.current !== key) {
      // Another day, search or filter: back to its first page.
      pages.current = 1;
      loadedKey.current = key;
      setState({ items: [], next: null, loading: true, loadingMore: false });
    } else setState((s) => ({ ...s, loading: true }));
    ctl.current?.abort();
    const c = new AbortController();
    ctl.current = c;
    void (async () => {
      try {
        const items: Ride[] = [];
        let cursor: string | null = null;
        let n = 0;
        do {
          const p = await page(cursor, c.signal);
          items.push(...p.items);
          cursor = p.nextCursor;
          n++;
        } while (cursor && (opts.all || n < pages.current));
        if (!c.signal.aborted) setState({ items, next: cursor, loading: false, loadingMore: false });
      } catch (e) {
        const error = e as Error;
        if (!c.signal.aborted && error.name !== 'AbortError')
          setState((s) => ({ ...s, error, loading: false, loadingMore: false }));
      }
    })();
    return () => c.abort();
  }, [key, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);

  /** The next page, after those shown. */
  const more = useCallback(async () => {
    if (!state.next || state.loadingMore || !query) return;
    const c = new AbortController();
    ctl.current = c;
    setState((s) => ({ ...s, loadingMore: true }));
    try {
      const p = await page(state.next, c.signal);
      if (c.signal.aborted) return;
      pages.current++;
      setState((s) => {
        const shown = new Set(s.items.map((r) => r.id));
        return {
          items: [...s.items, ...p.items.filter((r) => !shown.has(r.id))],
          next: p.nextCursor,
          loading: false,
          loadingMore: false,
        };
      });
    } catch (e) {
      if (!c.signal.aborted) setState((s) => ({ ...s, error: e as Error, loadingMore: false }));
    }
  }, [state.next, state.loadingMore, key]);

  // One object while the items stay the same: what is computed from it (the routes) is not redone.
  const empty = state.loading && state.items.length === 0;
  const data = useMemo(() => (empty ? undefined : { items: state.items }), [empty, state.items]);

  return {
    /** Undefined until the first page arrives (a reload keeps what is shown meanwhile). */
    data,
    error: state.error,
    loading: state.loading,
    loadingMore: state.loadingMore,
    hasMore: !!state.next,
    more,
    reload,
  };
}
