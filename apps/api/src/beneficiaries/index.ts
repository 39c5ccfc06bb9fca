// What other features (the demo seeder, the Portal adapter) call: the module and its services.
// BeneficiaryAccess (the scope rule bookings share) is @invataxi/booking.
export * from './beneficiaries.module';
export * from './beneficiary.service';
export * from './iin-cipher.provider';
