import { randomUUID } from 'node:crypto';
import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { CLOCK, type Clock, type Language } from '@invataxi/domain';
import { notificationSettings, SmsGatewayChannel } from '@invataxi/notifications';
import { LOGGER, type Logger } from '@invataxi/platform';

/** What the sign-in sends by SMS, in the person's language; the brand as the ride notices write it (Инватакси in kk/ru, t18-12). */
const TEXTS = {
  code: {
    kk: 'Инватакси: кіру коды {code}. 5 минут жарамды. Оны ешкімге айтпаңыз.',
    ru: 'Инватакси: код для входа {code}. Действует 5 минут. Никому его не сообщайте.',
    en: 'Invataxi: your sign-in code is {code}. Valid 5 minutes. Do not tell it to anyone.',
  },
  invitation: {
    kk: 'Инватакси: сізді {role} ретінде шақырды. Құпиясөз орнату үшін ашыңыз: {link}',
    ru: 'Инватакси: вас пригласили как {role}. Чтобы задать пароль, откройте: {link}',
    en: 'Invataxi: you are invited as {role}. To set your password, open: {link}',
  },
} as const;

/**
 * Sends the sign-in's own SMS (codes, invitations) straight through the SMS gateway adapter, in
 * the request: a code must never sit in a job payload, the outbox or the notifications table. A
 * gateway failure is 503 SMS_UNAVAILABLE (the person asks again); nothing of the text is logged.
 */
@Injectable()
export class SignInSms {
  private readonly channel: SmsGatewayChannel | null;

  constructor(
    @Inject(CONFIG) config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CLOCK) clock: Clock,
  ) {
    const sms = notificationSettings(config).sms;
    this.channel = sms ? new SmsGatewayChannel(sms, fetch, clock) : null;
  }

  get available(): boolean {
    return this.channel !== null;
  }

  async sendCode(phone: string, code: string, lang: Language): Promise<void> {
    await this.send(phone, TEXTS.code[lang].replace('{code}', code));
  }

  async sendInvitation(phone: string, role: string, link: string, lang: Language): Promise<void> {
    await this.send(phone, TEXTS.invitation[lang].replace('{role}', role).replace('{link}', link));
  }

  private async send(phone: string, text: string): Promise<void> {
    if (!this.channel) throw unavailable();
    try {
      await this.channel.send({ notificationId: randomUUID(), address: phone, text });
    } catch (e) {
      this.logger.warn({ errorClass: (e as Error).constructor.name }, 'sign-in SMS not sent');
      throw unavailable();
    }
  }
}

function unavailable(): HttpException {
  return new HttpException(
    { code: 'SMS_UNAVAILABLE', message: 'SMS gateway unavailable' },
    HttpStatus.SERVICE_UNAVAILABLE,
  );
}
