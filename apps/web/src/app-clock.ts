import { call, client, type Schema } from './api/client';
import { followAppClock } from './app-now';

let asked: Promise<Schema<'AppConfigView'> | null> | null = null;

/**
 * GET /app-config, once per page load (the map's style and the platform's clock); a failed
 * answer is "nothing known" (no map, the device's clock) and the next caller asks again.
 */
export function appConfig(): Promise<Schema<'AppConfigView'> | null> {
  const sentAt = Date.now();
  asked ??= call(client.GET('/app-config'))
    .then((c) => {
      followAppClock(c.now, sentAt, Date.now());
      return c;
    })
    .catch(() => {
      asked = null;
      return null;
    });
  return asked;
}
