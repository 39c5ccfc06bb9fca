import { Global, Module } from '@nestjs/common';
import { PERSISTENCE_REPOSITORIES } from './repositories';

/** Provides every repository of libs/persistence to both processes (api and dispatcher). */
@Global()
@Module({ providers: PERSISTENCE_REPOSITORIES, exports: PERSISTENCE_REPOSITORIES })
export class PersistenceModule {}

/**
 * The DataSource's injection token as a decorator, for the use cases outside libs/persistence
 * that span aggregates (`transact(ds, ...)`): they import typeorm's types only, so the token
 * cannot come from the parameter's type.
 */
export { InjectDataSource } from '@nestjs/typeorm';
