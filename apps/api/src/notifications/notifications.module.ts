import { Module } from '@nestjs/common';
import { DeliveryReportController, NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** Rider notifications over HTTP (issue 11): in-app list and stream, preferences, delivery view and reports. */
@Module({
  controllers: [NotificationsController, DeliveryReportController],
  providers: [NotificationsService],
})
export class NotificationsModule {}
