// @invataxi/booking: the booking use cases without HTTP, shared by the API (bookings, Portal
// adapter, driver API) and the dispatcher's series worker, so a ride booked by either passed
// the same checks (see ../README.md).
export { BookingCoreModule } from './booking-core.module';
export {
  BookingService,
  type Allowance,
  type CancelCommand,
  type ChangeCommand,
  type ChangeResult,
  type Page,
  type SearchQuery,
} from './booking.service';
export { BookingWriter, type PlaceArgs, type PlaceOutcome, type TripSpec } from './booking-writer';
export {
  SeriesMaterialiser,
  templateOf,
  type OccurrenceOutcome,
  type SeriesTemplate,
} from './series-materialiser';
export { NoShowService } from './no-show.service';
export { DirectTravelEstimator, type DirectTravel } from './travel-estimate';
export {
  bookingView,
  channelFor,
  seriesView,
  type BookedRideView,
  type BookingView,
  type CreateBookingCommand,
  type CreateBookingResult,
  type PlaceInput,
  type RecurrenceInput,
  type ReturnTripInput,
  type SeriesView,
  type TimeWindowsView,
} from './booking.command';
export { PolicyReaderModule } from './policy-reader.module';
export { PolicyReader, nationalDefaultFor, type PolicyInForce } from './policy-reader';
export { BeneficiaryAccess, type ReadLevel } from './beneficiary-access';
export { eligibilityPersonOf, needsOf, type NeedEvidenceRecord } from './beneficiary-records';
