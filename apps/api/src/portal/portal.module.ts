import { Module } from '@nestjs/common';
import { PortalAdapterModule } from '@invataxi/portal';
import { BookingCoreModule } from '../bookings/booking-core.module';
import { PortalAdminController } from './portal-admin.controller';
import { PortalInboundController } from './portal-inbound.controller';
import { PortalInbox } from './portal-inbox';
import { PortalOrderService } from './portal-order.service';
import { PortalSignatureGuard } from './portal-signature.guard';
import { PortalRawBodyHook } from './raw-body.hook';

/** The Social Services Portal in the API: signed inbound endpoints, billing acts, resends. */
@Module({
  imports: [PortalAdapterModule, BookingCoreModule],
  controllers: [PortalInboundController, PortalAdminController],
  providers: [PortalRawBodyHook, PortalSignatureGuard, PortalInbox, PortalOrderService],
  exports: [PortalAdapterModule],
})
export class PortalModule {}
