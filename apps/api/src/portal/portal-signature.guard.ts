import { createHash } from 'node:crypto';
import {
  Inject,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { PORTAL_CLIENT_KEYS, verifySignedRequest } from '@invataxi/portal';
import type { RequestWithRawBody } from './raw-body.hook';

/** Who sent a verified request and which event it carries. */
export interface PortalEvent {
  clientId: string;
  eventId: string;
  /** sha256 of method, path and raw body: the same event id with another request is refused. */
  requestHash: string;
}

export type SignedPortalRequest = RequestWithRawBody & { portalEvent?: PortalEvent };

/**
 * Verifies the HMAC signature of a machine request from the Portal (endpoints marked
 * @SignedRequest()). A refusal is 401 with the reason's code (never which part of a secret was
 * wrong); the verified client and event id are left on the request for the inbox.
 */
@Injectable()
export class PortalSignatureGuard implements CanActivate {
  constructor(
    @Inject(PORTAL_CLIENT_KEYS) private readonly keys: Map<string, string>,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest<SignedPortalRequest>();
    const body = req.rawBody ?? Buffer.alloc(0);
    const v = verifySignedRequest({
      headers: req.headers,
      method: req.method,
      path: req.url,
      body,
      keys: this.keys,
      maxSkewSeconds: this.config.PORTAL_MAX_CLOCK_SKEW_SECONDS,
    });
    // The reason is the answer's code; its words, in the caller's language, are libs/domain's messages.
    if (!v.ok) throw new UnauthorizedException({ code: v.reason, message: v.reason });
    req.portalEvent = {
      clientId: v.clientId,
      eventId: v.eventId,
      requestHash: createHash('sha256').update(`${req.method} ${req.url}\n`).update(body).digest('hex'),
    };
    return true;
  }
}

/** The verified event of a request that passed PortalSignatureGuard. */
export function portalEventOf(req: SignedPortalRequest): PortalEvent {
  if (!req.portalEvent) throw new UnauthorizedException('request not verified');
  return req.portalEvent;
}
