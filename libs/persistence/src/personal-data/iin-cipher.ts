import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The keys of personal data at rest: the current encryption key, older ones for rotation, the hash key. */
export interface PersonalDataKeys {
  /** Id written beside each new ciphertext. */
  currentKeyId: string;
  /** Key id -> 32-byte AES key. Older ids stay here until every row is re-encrypted. */
  encryptionKeys: ReadonlyMap<string, Buffer>;
  /** HMAC key of the look-up hash; changing it means re-hashing every row. */
  hashKey: Buffer;
}

export interface SealedIin {
  ciphertext: Buffer;
  keyId: string;
  /** Keyed hash (hex, 64 chars): finds a person by IIN without decrypting every row. */
  hash: string;
}

const IV_BYTES = 12; // GCM's standard nonce length
const TAG_BYTES = 16;
const ALGORITHM = 'aes-256-gcm';
/** Binds a ciphertext to its purpose: an IIN blob cannot be swapped in for another field. */
const AAD = Buffer.from('invataxi:iin:v1');

export class PersonalDataKeyError extends Error {
  override readonly name = 'PersonalDataKeyError';
}

/** Decodes a base64 key and insists on 32 bytes (AES-256). */
export function decodeKey(base64: string, what: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new PersonalDataKeyError(`${what} must be base64 of 32 bytes`);
  return key;
}

/**
 * AES-256-GCM for the IIN (issue 3): a random nonce per value, stored as nonce | tag | ciphertext,
 * with the key id beside it so keys can rotate; and an HMAC-SHA256 keyed hash for look-ups (a
 * plain hash of 12 digits would be reversed by trying them all).
 */
export class IinCipher {
  private readonly currentKey: Buffer;

  constructor(private readonly keys: PersonalDataKeys) {
    const key = keys.encryptionKeys.get(keys.currentKeyId);
    if (!key) throw new PersonalDataKeyError(`no key for the current key id ${keys.currentKeyId}`);
    if (key.length !== 32) throw new PersonalDataKeyError('encryption keys must be 32 bytes');
    if (keys.hashKey.length < 32) throw new PersonalDataKeyError('the hash key must be at least 32 bytes');
    this.currentKey = key;
  }

  /** From the configuration variables DATA_ENCRYPTION_KEY, DATA_ENCRYPTION_KEY_ID, DATA_HASH_KEY. */
  static fromConfig(config: {
    DATA_ENCRYPTION_KEY: string;
    DATA_ENCRYPTION_KEY_ID: string;
    DATA_HASH_KEY: string;
  }): IinCipher {
    return new IinCipher({
      currentKeyId: config.DATA_ENCRYPTION_KEY_ID,
      encryptionKeys: new Map([
        [config.DATA_ENCRYPTION_KEY_ID, decodeKey(config.DATA_ENCRYPTION_KEY, 'DATA_ENCRYPTION_KEY')],
      ]),
      // The hash key is any secret of 32+ characters; its bytes are used as they are.
      hashKey: Buffer.from(config.DATA_HASH_KEY, 'utf8'),
    });
  }

  get currentKeyId(): string {
    return this.keys.currentKeyId;
  }

  seal(iin: string): SealedIin {
    return { ciphertext: this.encrypt(iin), keyId: this.keys.currentKeyId, hash: this.hash(iin) };
  }

  encrypt(plain: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.currentKey, iv);
    cipher.setAAD(AAD);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  /** Throws when the key id is unknown or the ciphertext was altered (GCM authentication). */
  decrypt(sealed: Buffer, keyId: string): string {
    const key = this.keys.encryptionKeys.get(keyId);
    if (!key) throw new PersonalDataKeyError(`no key with id ${keyId}`);
    if (sealed.length < IV_BYTES + TAG_BYTES) throw new PersonalDataKeyError('ciphertext too short');
    const decipher = createDecipheriv(ALGORITHM, key, sealed.subarray(0, IV_BYTES));
    decipher.setAAD(AAD);
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
      'utf8',
    );
  }

  hash(iin: string): string {
    return createHmac('sha256', this.keys.hashKey).update(iin, 'utf8').digest('hex');
  }

  /** Constant-time comparison of an IIN with a stored hash. */
  matches(iin: string, storedHash: string): boolean {
    const a = Buffer.from(this.hash(iin), 'hex');
    const b = Buffer.from(storedHash, 'hex');
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /** True when the row is sealed under an older key and should be re-encrypted. */
  needsRotation(keyId: string): boolean {
    return keyId !== this.keys.currentKeyId;
  }
}
