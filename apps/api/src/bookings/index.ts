// The booking use cases (BookingService, SeriesMaterialiser, NoShowService, BookingCoreModule)
// are @invataxi/booking, shared with the dispatcher's series worker. This re-export is left only
// for test/booking/reasons.e2e-spec.ts, being changed by another engineer: remove it once that
// file imports @invataxi/booking.
export { BookingService } from '@invataxi/booking';
