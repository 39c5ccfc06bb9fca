import { Global, Module } from '@nestjs/common';
import { PERSISTENCE_REPOSITORIES } from './repositories';

/** Provides every repository of libs/persistence to both processes (api and dispatcher). */
@Global()
@Module({ providers: PERSISTENCE_REPOSITORIES, exports: PERSISTENCE_REPOSITORIES })
export class PersistenceModule {}
