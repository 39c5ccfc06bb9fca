import type { Provider } from '@nestjs/common';
import { CLOCK, OffsetClock, SystemClock, type Clock } from '@invataxi/domain';
import type { AppConfig } from '@invataxi/config';

/**
 * The process's clock. In tests an OffsetClock moved by TEST_CLOCK_OFFSET_MS (and movable by an
 * in-process spec); in development one moved by DEMO_CLOCK_OFFSET_MS and running at DEMO_SPEED
 * (the demo's: movable by the demo's history, issue 22; at 0 and 1 it reads the system time);
 * in production the system's (loadConfig refuses the DEMO_ values there).
 */
export function clockProvider(config: AppConfig): Provider {
  return { provide: CLOCK, useValue: clockOf(config) };
}

export function clockOf(config: AppConfig): Clock {
  if (config.NODE_ENV === 'test') return new OffsetClock(config.TEST_CLOCK_OFFSET_MS);
  if (config.NODE_ENV === 'development')
    return new OffsetClock(config.DEMO_CLOCK_OFFSET_MS, config.DEMO_SPEED, config.DEMO_CLOCK_EPOCH_MS);
  return new SystemClock();
}
