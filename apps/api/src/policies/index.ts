// What other features (the demo seeder, the LEB console) call: the module and its services.
// PolicyReader (the policy in force, cached) is @invataxi/booking, shared with the worker.
export * from './policies.module';
export * from './policies.service';
