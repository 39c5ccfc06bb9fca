import {
  Inject,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CONFIG, type AppConfig } from '@invataxi/config';
import {
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifyDeliveryReport,
  type DeliveryReport,
} from '@invataxi/notifications';

function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Verifies the SMS gateway's signature of a delivery report (endpoint marked @SignedRequest())
 * before anything else looks at the body: an unsigned or forged report is 401, whatever it
 * contains. The signature covers the report's fields (delivery-report.ts), so the parsed body
 * is enough; SMS_CALLBACK_SECRET empty refuses every report.
 */
@Injectable()
export class DeliveryReportSignatureGuard implements CanActivate {
  constructor(@Inject(CONFIG) private readonly config: AppConfig) {}

  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    const body = (req.body ?? {}) as Record<string, unknown>;
    const report: DeliveryReport = {
      message_id: String(body.message_id ?? ''),
      client_message_id: String(body.client_message_id ?? ''),
      status: String(body.status ?? '') as DeliveryReport['status'],
    };
    const ok = verifyDeliveryReport(
      this.config.SMS_CALLBACK_SECRET,
      report,
      header(req, TIMESTAMP_HEADER),
      header(req, SIGNATURE_HEADER),
    );
    if (!ok)
      throw new UnauthorizedException({
        code: 'BAD_SIGNATURE',
        message: 'X-Sms-Timestamp and a valid X-Sms-Signature are required',
      });
    return true;
  }
}
