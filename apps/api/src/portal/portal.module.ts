import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingEntity } from '@invataxi/persistence';
import { PortalAdapterModule } from '@invataxi/portal';
import { BookingCoreModule } from '@invataxi/booking';
import { BillingActService } from './billing-act.service';
import { BillingActsController } from './billing-acts.controller';
import { PortalAdminController } from './portal-admin.controller';
import { PortalBillingActsController } from './portal-billing-acts.controller';
import { PortalInboundController } from './portal-inbound.controller';
import { PortalInbox } from './portal-inbox';
import { PortalOrderService } from './portal-order.service';
import { PortalSignatureGuard } from './portal-signature.guard';
import { PortalRawBodyHook } from './raw-body.hook';

/** The Social Services Portal in the API: signed inbound endpoints, billing acts, resends. */
@Module({
  imports: [TypeOrmModule.forFeature([BookingEntity]), PortalAdapterModule, BookingCoreModule],
  controllers: [
    PortalInboundController,
    PortalBillingActsController,
    PortalAdminController,
    BillingActsController,
  ],
  providers: [PortalRawBodyHook, PortalSignatureGuard, PortalInbox, PortalOrderService, BillingActService],
  exports: [PortalAdapterModule],
})
export class PortalModule {}
