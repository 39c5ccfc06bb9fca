import type { Provider } from '@nestjs/common';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { HttpProcurementClient, type ProcurementSystem } from '@invataxi/procurement';

export const PROCUREMENT_SYSTEM = Symbol('PROCUREMENT_SYSTEM');

/** The adapter, or null when PROCUREMENT_URL / PROCUREMENT_SECRET are not set (nothing is sent then). */
export const procurementSystemProvider: Provider = {
  provide: PROCUREMENT_SYSTEM,
  inject: [CONFIG],
  useFactory: (config: AppConfig): ProcurementSystem | null => {
    if (!config.PROCUREMENT_URL || !config.PROCUREMENT_SECRET) return null;
    if (config.PROCUREMENT_SECRET.length < 32)
      throw new Error('Configuration error: PROCUREMENT_SECRET must be at least 32 characters long');
    return new HttpProcurementClient({
      baseUrl: config.PROCUREMENT_URL,
      secret: config.PROCUREMENT_SECRET,
      timeoutMs: config.PROCUREMENT_TIMEOUT_MS,
    });
  },
};
