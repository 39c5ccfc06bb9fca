import type { Provider } from '@nestjs/common';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { IinCipher } from '@invataxi/persistence';

/** The IIN cipher built once from DATA_ENCRYPTION_KEY, DATA_ENCRYPTION_KEY_ID and DATA_HASH_KEY. */
export const IinCipherProvider: Provider = {
  provide: IinCipher,
  useFactory: (config: AppConfig) => IinCipher.fromConfig(config),
  inject: [CONFIG],
};
