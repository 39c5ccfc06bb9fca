// What other features (the demo seeder, the LEB console) call: the module and its services.
export * from './policies.module';
export * from './policies.service';
export * from './policy-reader';
export * from './policy-reader.module';
