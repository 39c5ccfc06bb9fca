import type { Provider } from '@nestjs/common';
import { CLOCK, type Clock } from '@invataxi/domain';
import { SmsGatewayChannel, type Channel } from '@invataxi/notifications';
import { NotificationPlanner } from './notification-planner';

/** The SMS gateway channel, or null when no gateway is configured (messages go in-app only). */
export const SMS_CHANNEL = Symbol('SMS_CHANNEL');

export const smsChannelProvider: Provider = {
  provide: SMS_CHANNEL,
  useFactory: (planner: NotificationPlanner, clock: Clock): Channel | null =>
    planner.settings.sms ? new SmsGatewayChannel(planner.settings.sms, fetch, clock) : null,
  inject: [NotificationPlanner, CLOCK],
};
