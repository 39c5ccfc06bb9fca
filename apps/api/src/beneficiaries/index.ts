// What other features (the demo seeder, the Portal adapter) call: the module and its services.
export * from './beneficiaries.module';
export * from './beneficiary.service';
export * from './beneficiary-access';
export * from './iin-cipher.provider';
