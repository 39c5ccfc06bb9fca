// @invataxi/portal: the Social Services Portal adapter (signed HTTP both ways, eligibility
// look-up with a cache, the contract's wire shapes). Import from here, never from the folders.
export * from './signature';
export * from './contract';
export * from './portal-gateway';
export * from './portal-http-client';
export * from './eligibility.service';
export * from './portal-adapter.module';
export * from './billing-act-payment';
export * from './billing-act-calculator';
export * from './act-signature';
export * from './direct-booking';
