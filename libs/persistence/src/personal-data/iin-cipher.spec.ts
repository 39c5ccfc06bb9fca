import { randomBytes } from 'node:crypto';
import { IinCipher, PersonalDataKeyError, decodeKey } from './iin-cipher';

const IIN = '900101300811';

function keys(id = 'k1', key = randomBytes(32), hashKey = randomBytes(32)) {
  return { currentKeyId: id, encryptionKeys: new Map([[id, key]]), hashKey };
}

describe('IinCipher', () => {
  it('round-trips and never leaves the digits in the ciphertext', () => {
    const c = new IinCipher(keys());
    const sealed = c.seal(IIN);
    expect(sealed.keyId).toBe('k1');
    expect(sealed.ciphertext.toString('latin1')).not.toContain(IIN);
    expect(sealed.ciphertext.toString('hex')).not.toContain(IIN);
    expect(c.decrypt(sealed.ciphertext, sealed.keyId)).toBe(IIN);
  });

  it('uses a fresh nonce: the same IIN encrypts differently each time, the hash stays', () => {
    const c = new IinCipher(keys());
    const a = c.seal(IIN);
    const b = c.seal(IIN);
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
    expect(a.hash).toBe(b.hash);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(c.matches(IIN, a.hash)).toBe(true);
    expect(c.matches('061211600012', a.hash)).toBe(false);
  });

  it('keys the hash: another hash key gives another hash (no rainbow table over 12 digits)', () => {
    const k = keys();
    const other = { ...k, hashKey: randomBytes(32) };
    expect(new IinCipher(k).hash(IIN)).not.toBe(new IinCipher(other).hash(IIN));
  });

  it('refuses an altered ciphertext (GCM authentication)', () => {
    const c = new IinCipher(keys());
    const sealed = c.seal(IIN).ciphertext;
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 0x01;
    expect(() => c.decrypt(tampered, 'k1')).toThrow();
  });

  it('decrypts rows of an older key after rotation and says they need re-encryption', () => {
    const oldKey = randomBytes(32);
    const hashKey = randomBytes(32);
    const before = new IinCipher(keys('k1', oldKey, hashKey));
    const sealed = before.seal(IIN);
    const after = new IinCipher({
      currentKeyId: 'k2',
      encryptionKeys: new Map([
        ['k1', oldKey],
        ['k2', randomBytes(32)],
      ]),
      hashKey,
    });
    expect(after.decrypt(sealed.ciphertext, 'k1')).toBe(IIN);
    expect(after.needsRotation('k1')).toBe(true);
    expect(after.seal(IIN).keyId).toBe('k2');
    expect(after.hash(IIN)).toBe(sealed.hash);
  });

  it('refuses an unknown key id, a wrong key and bad key material', () => {
    const c = new IinCipher(keys());
    const sealed = c.seal(IIN);
    expect(() => c.decrypt(sealed.ciphertext, 'k9')).toThrow(PersonalDataKeyError);
    const stranger = new IinCipher(keys('k1'));
    expect(() => stranger.decrypt(sealed.ciphertext, 'k1')).toThrow();
    expect(() => decodeKey(randomBytes(16).toString('base64'), 'X')).toThrow(PersonalDataKeyError);
    expect(
      () => new IinCipher({ currentKeyId: 'k1', encryptionKeys: new Map(), hashKey: randomBytes(32) }),
    ).toThrow(PersonalDataKeyError);
  });

  it('builds from the configuration variables', () => {
    const c = IinCipher.fromConfig({
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      DATA_ENCRYPTION_KEY_ID: 'k7',
      DATA_HASH_KEY: randomBytes(32).toString('base64'),
    });
    const sealed = c.seal(IIN);
    expect(sealed.keyId).toBe('k7');
    expect(c.decrypt(sealed.ciphertext, 'k7')).toBe(IIN);
  });
});
