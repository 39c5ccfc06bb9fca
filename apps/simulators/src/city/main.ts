/**
 * The simulated city's process (issue 22), started by `npm run demo` once the stack is up and
 * seeded. SIM_CITY_CAST: the seed's ids (a CityCast, JSON); SIM_CITY_TICK_MS: real time between
 * steps. The rules' clock is the platform's (DEMO_CLOCK_OFFSET_MS, DEMO_SPEED): the city lives
 * in the same "now" as the api and the dispatcher.
 */
import { loadConfigOrExit } from '@invataxi/config';
import { createTravelTimeProvider } from '@invataxi/dispatch';
import { clockOf } from '@invataxi/platform';
import { City, CITY_SHARES, runCity, type CityCast } from './city';

function main(): void {
  const config = loadConfigOrExit();
  const cast = JSON.parse(process.env.SIM_CITY_CAST ?? 'null') as (CityCast & { leadMinutes: number }) | null;
  if (!cast) throw new Error('SIM_CITY_CAST is required');
  const clock = clockOf(config);
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  const city = new City(cast, {
    apiUrl: process.env.SIM_CITY_API_URL ?? `http://${config.API_HOST}:${config.API_PORT}`,
    portalUrl: process.env.SIM_CITY_PORTAL_URL || null,
    jwt: { secret: config.JWT_SECRET, issuer: config.JWT_ISSUER, ttlSeconds: config.JWT_TTL_SECONDS },
    clock,
    travel: createTravelTimeProvider(config),
    random: Math.random,
    leadMinutes: cast.leadMinutes,
    shiftHours: ['07:00', '21:00'],
    ...CITY_SHARES,
    pingEveryMs: 15_000,
    mode: 'live',
    log,
  });
  const running = runCity(city, clock, Number(process.env.SIM_CITY_TICK_MS ?? 2000), log);
  const stop = (): void => void running.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
