// The repositories: every hand-written SQL statement of the system lives in one of them, in a
// class named for what it serves. Each is listed once here; PersistenceModule provides them all.
import type { Type } from '@nestjs/common';
import { FleetRepository } from './fleet.repository';
import { ProviderDirectoryRepository } from './provider-directory.repository';

export const PERSISTENCE_REPOSITORIES: Type[] = [ProviderDirectoryRepository, FleetRepository];

export * from './provider-directory.repository';
export * from './fleet.repository';
