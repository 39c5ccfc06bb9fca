import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Post,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  CurrentPrincipal,
  Public,
  Roles,
  TOKEN_VERIFIER,
  type Principal,
  type TokenVerifier,
} from '@invataxi/auth';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { pickLanguage, ROLES, type Language } from '@invataxi/domain';
import { AbuseLimiter } from './abuse-limiter';
import { assertCsrfHeader, clearedRefreshCookie, clientOf, refreshTokenOf, setCookie } from './cookies';
import {
  PasswordSignInDto,
  PhoneCodeRequestDto,
  PhoneVerifyDto,
  TotpEnrolDto,
  TotpVerifyDto,
  type JwksView,
  type MfaAnswer,
  type PhoneCodeSent,
  type SignInMethods,
  type TokenAnswer,
  type TotpEnabled,
  type TotpEnrolment,
} from './identity.dto';
import { KeyRing } from './key-ring.service';
import { PhoneSignIn } from './phone-sign-in.service';
import { SessionIssuer, type IssuedSession } from './session-issuer';
import { StaffSignIn } from './staff-sign-in.service';

function languageOf(req: FastifyRequest): Language {
  const a = req.headers['accept-language'];
  return pickLanguage(Array.isArray(a) ? a[0] : a);
}

/** Sends the session's refresh token as the httpOnly cookie and answers the rest. */
function issued(reply: FastifyReply, s: IssuedSession): TokenAnswer {
  setCookie(reply, s.cookie);
  void reply.header('cache-control', 'no-store');
  return s.answer;
}

/**
 * Signing in and out (issue 19). Every step is limited per client address and per account
 * (429 + Retry-After); the refresh token travels only in the httpOnly cookie (Path=/auth), and
 * the calls that read it also need the X-Invataxi-Csrf header.
 */
@ApiTags('identity')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly phone: PhoneSignIn,
    private readonly staff: StaffSignIn,
    private readonly sessions: SessionIssuer,
    private readonly limiter: AbuseLimiter,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  /** The sign-in methods this server offers beyond phone code, eGov and password. */
  @Get('methods')
  @Public()
  methods(): SignInMethods {
    return { developerTokenSignIn: this.config.AUTH_DEVELOPER_TOKEN_SIGNIN };
  }

  /** Send a one-time sign-in code by SMS (the same answer whether or not the number is known). */
  @Post('phone/code')
  @HttpCode(202)
  @Public()
  async phoneCode(@Body() dto: PhoneCodeRequestDto, @Req() req: FastifyRequest): Promise<PhoneCodeSent> {
    return this.phone.sendCode(dto.phone, clientOf(req), languageOf(req), String(req.id));
  }

  /** Sign in with the phone and the code from the SMS. */
  @Post('phone/verify')
  @HttpCode(200)
  @Public()
  async phoneVerify(
    @Body() dto: PhoneVerifyDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenAnswer> {
    return issued(reply, await this.phone.verify(dto.phone, dto.code, clientOf(req), String(req.id)));
  }

  /** Staff sign-in with phone or e-mail and password: tokens, or the second-factor step. */
  @Post('password')
  @HttpCode(200)
  @Public()
  async password(
    @Body() dto: PasswordSignInDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenAnswer | MfaAnswer> {
    const r = await this.staff.password(dto.login, dto.password, clientOf(req), String(req.id));
    return 'mfa' in r ? r : issued(reply, r);
  }

  /** Start a TOTP enrolment: the secret, its otpauth URL and a QR code (mfaToken, or signed in). */
  @Post('totp/enrol')
  @HttpCode(200)
  @Public()
  async totpEnrol(@Body() dto: TotpEnrolDto, @Req() req: FastifyRequest): Promise<TotpEnrolment> {
    return this.staff.enrol({ mfaToken: dto.mfaToken, principal: this.bearer(req, dto.mfaToken) });
  }

  /** The TOTP code: finishes the sign-in (mfaToken) or confirms an enrolment (signed in). */
  @Post('totp/verify')
  @HttpCode(200)
  @Public()
  async totpVerify(
    @Body() dto: TotpVerifyDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenAnswer | TotpEnabled> {
    const r = await this.staff.verify(
      { mfaToken: dto.mfaToken, principal: this.bearer(req, dto.mfaToken) },
      dto.code,
      clientOf(req),
      String(req.id),
    );
    return 'answer' in r ? issued(reply, r) : r;
  }

  /** A new access token (and a new refresh token) for the refresh-token cookie. */
  @Post('refresh')
  @HttpCode(200)
  @Public()
  async refresh(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenAnswer> {
    assertCsrfHeader(req);
    await this.limiter.fromAddress('refresh', req.ip);
    const token = refreshTokenOf(req);
    if (!token) throw new UnauthorizedException();
    try {
      return issued(reply, await this.sessions.refresh(token, String(req.id)));
    } catch (e) {
      setCookie(reply, clearedRefreshCookie());
      throw e;
    }
  }

  /** Sign out: ends this session (the cookie's, else the bearer token's) and clears the cookie. */
  @Post('signout')
  @HttpCode(204)
  @Public()
  async signOut(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const token = refreshTokenOf(req);
    const p = this.bearer(req);
    if (token) {
      assertCsrfHeader(req);
      await this.sessions.signOutByToken(token, String(req.id));
    } else if (p?.sessionId) {
      await this.sessions.signOutSession(p, p.sessionId, String(req.id));
    }
    setCookie(reply, clearedRefreshCookie());
  }

  /** Sign out everywhere: every session of the signed-in person ends. */
  @Post('signout-everywhere')
  @HttpCode(204)
  @Roles(...ROLES)
  async signOutEverywhere(
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.sessions.signOutEverywhere(p, String(req.id));
    setCookie(reply, clearedRefreshCookie());
  }

  /** The principal of a valid bearer token on a public endpoint, if any (never required). */
  private bearer(req: FastifyRequest, mfaToken?: string): Principal | undefined {
    if (mfaToken) return undefined;
    const h = req.headers.authorization;
    if (typeof h !== 'string' || !h.startsWith('Bearer ')) return undefined;
    try {
      return this.verifier.verify(h.slice('Bearer '.length).trim());
    } catch {
      return undefined;
    }
  }
}

/** The access tokens' public keys (JWKS), for anyone verifying them. */
@ApiTags('identity')
@Controller('.well-known')
export class JwksController {
  constructor(private readonly keys: KeyRing) {}

  /** The public keys access tokens are signed with (ES256, by kid), including the next one. */
  @Get('jwks.json')
  @Public()
  jwks(@Res({ passthrough: true }) reply: FastifyReply): JwksView {
    void reply.header('cache-control', 'public, max-age=300');
    return this.keys.jwks() as JwksView;
  }
}
