import {
  MESSAGES,
  message,
  riderReasonCode,
  type Language,
  type MessageKey,
  type MessageParams,
} from '@invataxi/domain';
import i18next from 'i18next';

/**
 * A reason code from the API (a booking's statusReason, a refusal's reason) in the page's
 * language, from the same kk/ru/en texts the API answers with (libs/domain messages.ts), so
 * no code reaches a person. A code without words (none should exist: test/i18n checks) is
 * told as "for another reason", never shown as it is. For a rider (`forRider`), staff-only
 * wording is replaced by the neutral one (riderReasonCode: "Assigned by a dispatcher").
 */
export function reasonText(
  raw: string | null | undefined,
  lang?: Language,
  forRider = false,
  params: MessageParams = {},
): string | null {
  if (!raw) return null;
  const code = forRider ? riderReasonCode(raw) : raw;
  const l = lang ?? (['kk', 'ru', 'en'] as const).find((x) => x === i18next.language) ?? 'kk';
  if (code in MESSAGES) return message(code as MessageKey, l, params);
  return i18next.t('common.otherReason', { lng: l });
}
