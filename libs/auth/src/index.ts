export * from './principal';
export * from './token';
export * from './scope';
export * from './roles.decorator';
export * from './access.guard';
export * from './current-principal.decorator';
export * from './grants';
export * from './invitation-token';
