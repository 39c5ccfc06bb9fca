import { Module } from '@nestjs/common';
import { PortalAdapterModule } from '@invataxi/portal';
import { PolicyReaderModule } from './policy-reader.module';
import { BeneficiaryAccess } from './beneficiary-access';
import { BookingWriter } from './booking-writer';
import { BookingService } from './booking.service';
import { NoShowService } from './no-show.service';
import { SeriesMaterialiser } from './series-materialiser';
import { DirectTravelEstimator } from './travel-estimate';

const SERVICES = [
  BeneficiaryAccess,
  DirectTravelEstimator,
  BookingWriter,
  SeriesMaterialiser,
  BookingService,
  NoShowService,
];

/**
 * The booking use cases without HTTP: the API's BookingsModule, the dispatcher's series job and
 * other features (Portal adapter, driver API, demo seeder) import this module and call
 * BookingService, SeriesMaterialiser and NoShowService. Needs only the platform's globals.
 */
@Module({
  imports: [PolicyReaderModule, PortalAdapterModule],
  providers: SERVICES,
  exports: [PolicyReaderModule, ...SERVICES],
})
export class BookingCoreModule {}
