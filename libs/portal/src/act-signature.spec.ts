import forge from 'node-forge';
import { loadConfig } from '@invataxi/config';
import { BillingActSigner, canonicalJson, pemOf, selfSignedActSigningPair } from './act-signature';

const base = {
  JWT_SECRET: 'j'.repeat(40),
  DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
  DATA_HASH_KEY: Buffer.alloc(32, 2).toString('base64'),
};
const signerWith = (key: string, cert: string) =>
  new BillingActSigner(loadConfig({ ...base, BILLING_ACT_SIGNING_KEY: key, BILLING_ACT_SIGNING_CERT: cert }));

describe('act signature', () => {
  const pair = selfSignedActSigningPair('spec');

  it('writes canonical JSON: keys sorted at every depth, no whitespace', () => {
    expect(canonicalJson({ b: [{ z: 1, a: null }], a: 'é"', c: undefined })).toBe(
      '{"a":"é\\"","b":[{"a":null,"z":1}]}',
    );
  });

  it('reads a PEM as is or in base64', () => {
    expect(pemOf(Buffer.from(pair.cert).toString('base64'))).toBe(pair.cert.trim());
    expect(pemOf(pair.cert)).toBe(pair.cert.trim());
  });

  it('signs nothing without a key, and refuses half a pair or a key that is not the certificate’s', () => {
    expect(signerWith('', '').sign(Buffer.from('{}'))).toBeNull();
    expect(() => signerWith(pair.key, '')).toThrow(/BILLING_ACT_SIGNING_CERT/);
    expect(() => signerWith('', pair.cert)).toThrow(/BILLING_ACT_SIGNING_KEY/);
    const other = selfSignedActSigningPair('other');
    expect(() => signerWith(other.key, pair.cert)).toThrow(/must be the RSA key/);
    expect(() => signerWith('not a pem', pair.cert)).toThrow(/not a readable PEM/);
  });

  it('signs detached CMS SignedData with SHA-256 and the certificate inside', () => {
    const signed = signerWith(Buffer.from(pair.key).toString('base64'), pair.cert).sign(
      Buffer.from('{"a":1}'),
    );
    expect(signed?.certificate).toBe(pair.cert.trim());
    const der = Buffer.from(signed!.signature, 'base64').toString('binary');
    const msg = forge.pkcs7.messageFromAsn1(forge.asn1.fromDer(der)) as forge.pkcs7.PkcsSignedData & {
      rawCapture: { content?: unknown; digestAlgorithms: unknown };
    };
    expect(msg.certificates).toHaveLength(1);
    // Detached: the content is not inside the signature.
    expect(msg.rawCapture.content).toBeUndefined();
    expect(der.includes('{"a":1}')).toBe(false);
  });
});
