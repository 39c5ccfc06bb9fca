import { Inject, Injectable } from '@nestjs/common';
import { custom, generators, Issuer, type BaseClient } from 'openid-client';
import { CONFIG, type AppConfig } from '@invataxi/config';

/** An outside call to the identity provider slower than this fails (the person can try again). */
const IDP_TIMEOUT_MS = 5000;

custom.setHttpOptionsDefaults({ timeout: IDP_TIMEOUT_MS });

/** What the callback needs of a started sign-in: kept server side only, used once. */
export interface EgovLoginState {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** What the identity provider said of the person, once the code is exchanged and checked. */
export interface EgovIdentity {
  /** The claim named by EGOV_IIN_CLAIM as the provider sent it (checked by the caller). */
  iin: unknown;
  name: string | null;
  subject: string;
}

export class EgovNotConfigured extends Error {
  override readonly name = 'EgovNotConfigured';
}

/**
 * The relying party of "Sign in with eGov" (openid-client 5): authorization code flow with PKCE
 * (S256), state and nonce, client_secret_basic at the token endpoint; the ID token's signature
 * (the provider's JWKS), issuer, audience, expiry and nonce are checked by openid-client. The
 * provider's metadata is discovered at the first use and kept; a failed discovery is tried again
 * at the next sign-in.
 */
@Injectable()
export class EgovClient {
  private client: Promise<BaseClient> | null = null;

  constructor(@Inject(CONFIG) private readonly config: AppConfig) {}

  get configured(): boolean {
    return this.config.EGOV_ISSUER_URL !== '' && this.config.EGOV_CLIENT_SECRET !== '';
  }

  get redirectUrl(): string {
    return (
      this.config.EGOV_REDIRECT_URL || `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/auth/egov/callback`
    );
  }

  /** A new sign-in: its secrets (to keep server side) and the provider's URL to send the browser to. */
  async start(uiLocale: string): Promise<{ login: EgovLoginState; url: string }> {
    const client = await this.get();
    const login: EgovLoginState = {
      state: generators.state(),
      nonce: generators.nonce(),
      codeVerifier: generators.codeVerifier(),
    };
    const url = client.authorizationUrl({
      scope: this.config.EGOV_SCOPE,
      state: login.state,
      nonce: login.nonce,
      code_challenge: generators.codeChallenge(login.codeVerifier),
      code_challenge_method: 'S256',
      ui_locales: uiLocale,
    });
    return { login, url };
  }

  /** Exchanges the code of the callback (its query string) with the verifier kept for its state. */
  async finish(query: Record<string, string>, login: EgovLoginState): Promise<EgovIdentity> {
    const client = await this.get();
    const params = client.callbackParams(`${this.redirectUrl}?${new URLSearchParams(query).toString()}`);
    const tokens = await client.callback(this.redirectUrl, params, {
      state: login.state,
      nonce: login.nonce,
      code_verifier: login.codeVerifier,
      response_type: 'code',
    });
    const claims = tokens.claims();
    const name = typeof claims.name === 'string' ? claims.name : null;
    return { iin: claims[this.config.EGOV_IIN_CLAIM], name, subject: claims.sub };
  }

  private get(): Promise<BaseClient> {
    if (!this.configured) return Promise.reject(new EgovNotConfigured('EGOV_ISSUER_URL is not set'));
    this.client ??= Issuer.discover(this.config.EGOV_ISSUER_URL).then(
      (issuer) =>
        new issuer.Client({
          client_id: this.config.EGOV_CLIENT_ID,
          client_secret: this.config.EGOV_CLIENT_SECRET,
          redirect_uris: [this.redirectUrl],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
        }),
    );
    this.client.catch(() => (this.client = null));
    return this.client;
  }
}
