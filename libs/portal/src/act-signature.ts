// Billing acts signed by the akimat's own key (issue 17): a detached CMS SignedData (PKCS#7,
// SHA-256, RSA) over the act's canonical JSON bytes, with the signer's X.509 certificate inside
// and beside it. The Portal's HMAC secret signs requests; it could forge an act, so it never
// signs one: this key is ours alone, keys separate per direction.
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import forge from 'node-forge';
import { CONFIG, ConfigError, type AppConfig } from '@invataxi/config';
import type { PortalBillingAct, SignedBillingAct } from './contract';

/**
 * The canonical JSON of a value: object keys sorted, no insignificant whitespace, strings and
 * numbers as JSON.stringify writes them (RFC 8785 for the act's value types: strings, integers,
 * null, arrays, objects). `jq -cjS .act` writes the same bytes for an act.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A PEM given as is or as base64 of the PEM on one line (env files hold one line per key). */
export function pemOf(raw: string): string {
  const t = raw.trim();
  if (t === '' || t.startsWith('-----BEGIN')) return t;
  return Buffer.from(t, 'base64').toString('utf8').trim();
}

export interface ActSignature {
  /** DER of the CMS SignedData, detached (no content inside), base64. */
  signature: string;
  /** The signer's certificate, PEM. */
  certificate: string;
}

/** Signs `content` with `keyPem`: detached CMS SignedData with SHA-256 and the certificate. */
export function signDetachedCms(content: Buffer, keyPem: string, certPem: string): string {
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(content.toString('binary'));
  const cert = forge.pki.certificateFromPem(certPem);
  p7.addCertificate(cert);
  p7.addSigner({
    key: forge.pki.privateKeyFromPem(keyPem),
    certificate: cert,
    digestAlgorithm: forge.pki.oids.sha256,
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
      { type: forge.pki.oids.messageDigest },
      { type: forge.pki.oids.signingTime },
    ],
  });
  p7.sign({ detached: true });
  return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary').toString('base64');
}

/**
 * The akimat's act signer, from BILLING_ACT_SIGNING_KEY and BILLING_ACT_SIGNING_CERT. Both
 * empty: acts are issued unsigned (`sign` answers null). One without the other, an unreadable
 * PEM, or a key that is not the certificate's: the process refuses to start.
 */
@Injectable()
export class BillingActSigner {
  private readonly key: string | null;
  private readonly cert: string | null;

  constructor(@Inject(CONFIG) config: AppConfig) {
    const key = pemOf(config.BILLING_ACT_SIGNING_KEY);
    const cert = pemOf(config.BILLING_ACT_SIGNING_CERT);
    if (!key && !cert) {
      this.key = this.cert = null;
      return;
    }
    if (!key || !cert)
      throw new ConfigError(
        key ? 'BILLING_ACT_SIGNING_CERT' : 'BILLING_ACT_SIGNING_KEY',
        'must be set with its pair (key and certificate), or both left empty',
      );
    let matches: boolean;
    try {
      const fromKey = createPublicKey(createPrivateKey(key)).export({ type: 'spki', format: 'der' });
      const fromCert = createPublicKey(cert).export({ type: 'spki', format: 'der' });
      matches = fromKey.equals(fromCert) && createPrivateKey(key).asymmetricKeyType === 'rsa';
    } catch {
      throw new ConfigError('BILLING_ACT_SIGNING_KEY', 'or its certificate is not a readable PEM');
    }
    if (!matches)
      throw new ConfigError('BILLING_ACT_SIGNING_KEY', 'must be the RSA key of BILLING_ACT_SIGNING_CERT');
    // forge reads PKCS#1 and unencrypted PKCS#8 RSA keys alike once node has checked them.
    this.key = createPrivateKey(key).export({ type: 'pkcs1', format: 'pem' }).toString();
    this.cert = cert;
  }

  get enabled(): boolean {
    return this.key !== null;
  }

  /** The detached signature of `content` and the certificate, or null when acts go unsigned. */
  sign(content: Buffer): ActSignature | null {
    if (!this.key || !this.cert) return null;
    return { signature: signDetachedCms(content, this.key, this.cert), certificate: this.cert };
  }
}

/** What approval stores for an act and every later hand-over repeats byte for byte. */
export interface IssuedActBody {
  signedBody: string;
  signature: string | null;
  signingCertificate: string | null;
}

/** Issues an act: its canonical JSON and, when a key is configured, the signature over those bytes. */
export function issueBillingAct(act: PortalBillingAct, signer: BillingActSigner): IssuedActBody {
  const signedBody = canonicalJson(act);
  const signed = signer.sign(Buffer.from(signedBody, 'utf8'));
  return {
    signedBody,
    signature: signed?.signature ?? null,
    signingCertificate: signed?.certificate ?? null,
  };
}

/** The issued act as the Portal receives it, from what approval stored. */
export function signedBillingAct(issued: IssuedActBody): SignedBillingAct {
  return {
    act: JSON.parse(issued.signedBody) as PortalBillingAct,
    signature: issued.signature,
    certificate: issued.signingCertificate,
  };
}

/**
 * A fresh RSA key (PKCS#8 PEM) and a self-signed certificate for it (PEM), valid for a year:
 * for the demo and the tests only. A real akimat's certificate comes from its CA (or NCA RK).
 */
export function selfSignedActSigningPair(commonName: string): { key: string; cert: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  // Positive (leading 01) and random: two demo certificates never share a serial.
  cert.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(8))}`;
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 365 * 86_400_000);
  const name = [{ name: 'commonName', value: commonName }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.sign(
    forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
    forge.md.sha256.create(),
  );
  return {
    key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    cert: forge.pki.certificateToPem(cert),
  };
}
