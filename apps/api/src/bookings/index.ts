// The booking use cases other features call (Portal adapter, driver API, seeder, dispatcher).
export * from './booking.command';
export * from './booking.service';
export * from './booking-core.module';
export * from './booking-writer';
export * from './no-show.service';
export * from './series-materialiser';
export * from './travel-estimate';
