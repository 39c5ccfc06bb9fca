import type { Provider } from '@nestjs/common';
import { CLOCK, OffsetClock, SystemClock } from '@invataxi/domain';
import type { AppConfig } from '@invataxi/config';

/**
 * The process's clock. In tests it is always an OffsetClock (moved by TEST_CLOCK_OFFSET_MS, and
 * movable by an in-process spec); elsewhere the system's.
 */
export function clockProvider(config: AppConfig): Provider {
  return {
    provide: CLOCK,
    useValue: config.NODE_ENV === 'test' ? new OffsetClock(config.TEST_CLOCK_OFFSET_MS) : new SystemClock(),
  };
}
