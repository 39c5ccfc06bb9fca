export * from './entities';
export * from './data-source';
export * from './run-migrations';
export * from './snake-naming.strategy';
