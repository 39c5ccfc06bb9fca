import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { decodeKey, PersonalDataKeyError } from './iin-cipher';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM for secrets at rest other than the IIN (issue 19: TOTP secrets, the access tokens'
 * private signing keys), under DATA_ENCRYPTION_KEY. Each purpose is bound as associated data:
 * a sealed TOTP secret cannot be passed off as a signing key. Stored as nonce | tag | ciphertext,
 * with the key id beside it.
 */
export class SecretBox {
  constructor(
    readonly keyId: string,
    private readonly key: Buffer,
  ) {
    if (key.length !== 32) throw new PersonalDataKeyError('encryption keys must be 32 bytes');
  }

  static fromConfig(config: { DATA_ENCRYPTION_KEY: string; DATA_ENCRYPTION_KEY_ID: string }): SecretBox {
    return new SecretBox(
      config.DATA_ENCRYPTION_KEY_ID,
      decodeKey(config.DATA_ENCRYPTION_KEY, 'DATA_ENCRYPTION_KEY'),
    );
  }

  seal(purpose: string, plain: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(`invataxi:${purpose}:v1`));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  open(purpose: string, sealed: Buffer, keyId: string): string {
    if (keyId !== this.keyId) throw new PersonalDataKeyError(`no key with id ${keyId}`);
    if (sealed.length < IV_BYTES + TAG_BYTES) throw new PersonalDataKeyError('ciphertext too short');
    const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(`invataxi:${purpose}:v1`));
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
      'utf8',
    );
  }
}
