import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationEntity } from '@invataxi/persistence';
import { DeliveryReportController, NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** Rider notifications over HTTP (issue 11): in-app list and stream, preferences, delivery view and reports. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  controllers: [NotificationsController, DeliveryReportController],
  providers: [NotificationsService],
})
export class NotificationsModule {}
