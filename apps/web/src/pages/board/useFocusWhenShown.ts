import { useEffect, useState } from 'react';

/** How long a reload may take before focus goes to the fallback instead (ms). */
const WAIT_MS = 8_000;
const STEP_MS = 150;

/**
 * Focus for after an action that reloads the page's lists (walk t23 minor 1: after a confirmed
 * move, a breakdown or its undo, focus fell to BODY: the element it was on left the page). The
 * returned function asks for the first element of `selectors` to take focus once it is there
 * (the moved ride's block on its new row, the row's next control); if none comes within a few
 * seconds, `fallback` (the page's message saying what happened) takes it. A key or a click of the
 * user's meanwhile cancels it: focus is theirs.
 */
export function useFocusWhenShown(fallback: string): (selectors: readonly string[]) => void {
  const [want, setWant] = useState<{ selectors: readonly string[]; until: number } | null>(null);
  useEffect(() => {
    if (!want) return;
    const done = () => setWant(null);
    const timer = setInterval(() => {
      for (const sel of want.selectors) {
        const el = document.querySelector<HTMLElement>(sel);
        if (el) {
          el.focus();
          return done();
        }
      }
      if (Date.now() > want.until) {
        document.querySelector<HTMLElement>(fallback)?.focus();
        done();
      }
    }, STEP_MS);
    const theirs = (e: Event) => (e.type === 'pointerdown' || (e as KeyboardEvent).key !== 'Shift') && done();
    document.addEventListener('keydown', theirs, true);
    document.addEventListener('pointerdown', theirs, true);
    return () => {
      clearInterval(timer);
      document.removeEventListener('keydown', theirs, true);
      document.removeEventListener('pointerdown', theirs, true);
    };
  }, [want, fallback]);
  return (selectors) => setWant({ selectors, until: Date.now() + WAIT_MS });
}
