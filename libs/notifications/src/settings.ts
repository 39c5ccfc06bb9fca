import { ConfigError, type AppConfig } from '@invataxi/config';
import { parseLocalTime } from '@invataxi/domain';
import { parseQuietHours, type QuietHours } from './quiet-hours';
import type { SmsGatewaySettings } from './sms-gateway';

/** Where delivery reports are posted, under the API's public base URL. */
export const DELIVERY_REPORT_PATH = '/notifications/sms/delivery-reports';

export interface NotificationSettings {
  /** Null: SMS disabled (no gateway configured), riders are told in the app only. */
  sms: SmsGatewaySettings | null;
  quietHours: QuietHours | null;
  reminderLocalTime: string;
  arrivalMinutes: number;
}

/**
 * The notification settings, checked together at start-up: a gateway URL without its key, or a
 * malformed quiet-hours range, stops the process with one line naming the variable.
 */
export function notificationSettings(config: AppConfig): NotificationSettings {
  const quiet = parseQuietHours(config.NOTIFY_QUIET_HOURS);
  if (quiet === null)
    throw new ConfigError(
      'NOTIFY_QUIET_HOURS',
      `must be "HH:MM-HH:MM" or empty, got "${config.NOTIFY_QUIET_HOURS}"`,
    );
  if (parseLocalTime(config.NOTIFY_REMINDER_LOCAL_TIME) === null)
    throw new ConfigError(
      'NOTIFY_REMINDER_LOCAL_TIME',
      `must be "HH:MM", got "${config.NOTIFY_REMINDER_LOCAL_TIME}"`,
    );
  let sms: SmsGatewaySettings | null = null;
  if (config.SMS_GATEWAY_URL !== '') {
    try {
      new URL(config.SMS_GATEWAY_URL);
    } catch {
      throw new ConfigError('SMS_GATEWAY_URL', `must be a URL or empty, got "${config.SMS_GATEWAY_URL}"`);
    }
    if (config.SMS_API_KEY === '')
      throw new ConfigError('SMS_API_KEY', 'is required when SMS_GATEWAY_URL is set');
    if (config.SMS_CALLBACK_SECRET.length < 16)
      throw new ConfigError(
        'SMS_CALLBACK_SECRET',
        'must be at least 16 characters when SMS_GATEWAY_URL is set',
      );
    sms = {
      url: config.SMS_GATEWAY_URL,
      apiKey: config.SMS_API_KEY,
      sender: config.SMS_SENDER,
      callbackUrl: `${config.PUBLIC_BASE_URL.replace(/\/$/, '')}${DELIVERY_REPORT_PATH}`,
      timeoutMs: config.SMS_TIMEOUT_MS,
    };
  }
  return {
    sms,
    quietHours: quiet === 'none' ? null : quiet,
    reminderLocalTime: config.NOTIFY_REMINDER_LOCAL_TIME,
    arrivalMinutes: config.NOTIFY_ARRIVAL_MINUTES,
  };
}
