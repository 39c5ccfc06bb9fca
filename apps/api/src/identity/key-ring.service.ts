import {
  generateKeyPairSync,
  createPrivateKey,
  createPublicKey,
  randomUUID,
  type KeyObject,
  type JsonWebKey,
} from 'node:crypto';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import {
  ACCESS_TOKEN_ALGORITHM,
  JwtTokenVerifier,
  TOKEN_VERIFIER,
  type SigningKey,
  type TokenVerifier,
} from '@invataxi/auth';
import { IdentityRepository, SecretBox, type SigningKeyEntity } from '@invataxi/persistence';
import { LOGGER, type Logger } from '@invataxi/platform';

/** A key is published this long before it signs: every API process has loaded it by then. */
export const KEY_PUBLISH_AHEAD_MS = 10 * 60_000;
/** How often each process re-reads the keys. */
const RELOAD_EVERY_MS = 30_000;
const PURPOSE = 'signing-key';

export interface Jwk extends JsonWebKey {
  kid: string;
  use: 'sig';
  alg: string;
}

/**
 * The access tokens' signing keys (ES256), shared by every API process through PostgreSQL
 * (signing_key, private halves sealed). Each key signs for AUTH_KEY_ROTATION_HOURS; the next one
 * is created KEY_PUBLISH_AHEAD_MS before it takes over, so a token signed with it is never seen
 * by a process that does not know it yet; an old key stays published until its last token has
 * expired. The verifier (AccessGuard) gets the public keys on every reload.
 */
@Injectable()
export class KeyRing implements OnModuleInit, OnApplicationShutdown {
  private keys: SigningKeyEntity[] = [];
  private privates = new Map<string, KeyObject>();
  private timer: NodeJS.Timeout | null = null;
  private readonly box: SecretBox;

  constructor(
    private readonly ds: DataSource,
    private readonly repo: IdentityRepository,
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.box = SecretBox.fromConfig(config);
  }

  async onModuleInit(): Promise<void> {
    await this.reload();
    this.timer = setInterval(() => {
      this.reload().catch((e: Error) =>
        this.logger.warn(
          { errorClass: e.constructor.name },
          'signing keys not reloaded; the ones loaded stay',
        ),
      );
    }, RELOAD_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** The key that signs now. */
  current(): SigningKey {
    const now = Date.now();
    const k = [...this.keys]
      .reverse()
      .find((x) => x.signsFrom.getTime() <= now && x.signsUntil.getTime() > now);
    if (!k) throw new Error('no signing key in force');
    return { kid: k.kid, privateKey: this.privates.get(k.kid)! };
  }

  /** The published public keys (JWKS). */
  jwks(): { keys: Jwk[] } {
    return {
      keys: this.keys.map((k) => ({
        ...(k.publicJwk as JsonWebKey),
        kid: k.kid,
        use: 'sig',
        alg: ACCESS_TOKEN_ALGORITHM,
      })),
    };
  }

  /** Loads the published keys, creating the current and the next one when due. */
  async reload(): Promise<void> {
    const now = Date.now();
    const rotationMs = this.config.AUTH_KEY_ROTATION_HOURS * 3600_000;
    const publishedAfter = new Date(now - this.config.AUTH_ACCESS_TTL_SECONDS * 1000 - 60_000);
    let keys = await this.repo.publishedKeys(this.ds.manager, publishedAfter);
    if (this.due(keys, now)) {
      keys = await this.ds.transaction(async (m) => {
        await this.repo.lockSigningKeys(m);
        let ks = await this.repo.publishedKeys(m, publishedAfter);
        // The first key signs at once (nobody holds a token yet); the next ones start where the last ends.
        if (!ks.some((k) => k.signsUntil.getTime() > now)) {
          await this.create(m, new Date(now), new Date(now + rotationMs));
        } else if (this.due(ks, now)) {
          const last = ks[ks.length - 1]!;
          await this.create(m, last.signsUntil, new Date(last.signsUntil.getTime() + rotationMs));
        }
        ks = await this.repo.publishedKeys(m, publishedAfter);
        return ks;
      });
    }
    const privates = new Map<string, KeyObject>();
    const publics = new Map<string, KeyObject>();
    for (const k of keys) {
      privates.set(
        k.kid,
        this.privates.get(k.kid) ?? createPrivateKey(this.box.open(PURPOSE, k.privateKey, k.privateKeyId)),
      );
      publics.set(k.kid, createPublicKey({ key: k.publicJwk as JsonWebKey, format: 'jwk' }));
    }
    this.keys = keys;
    this.privates = privates;
    if (this.verifier instanceof JwtTokenVerifier) this.verifier.setPublicKeys(publics);
  }

  /** No key in force, or the last one ends within the publish-ahead time with no successor. */
  private due(keys: SigningKeyEntity[], now: number): boolean {
    const last = keys[keys.length - 1];
    return !last || last.signsUntil.getTime() - now <= KEY_PUBLISH_AHEAD_MS;
  }

  private async create(m: DataSource['manager'], signsFrom: Date, signsUntil: Date): Promise<void> {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const kid = randomUUID();
    await this.repo.insertSigningKey(m, {
      kid,
      publicJwk: publicKey.export({ format: 'jwk' }) as Record<string, string>,
      privateKey: this.box.seal(PURPOSE, privateKey.export({ format: 'pem', type: 'pkcs8' }) as string),
      privateKeyId: this.box.keyId,
      signsFrom,
      signsUntil,
    });
    this.logger.info({ kid, signsFrom, signsUntil }, 'new access-token signing key published');
  }
}
