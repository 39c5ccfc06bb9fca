// STAND-IN: how the simulated Portal checks an act's signature, written apart from libs/portal
// on purpose (as sim-signature.ts is): a detached CMS SignedData over the act's canonical JSON,
// checked the way a verifier that never saw our code would: the signed attributes' message
// digest against SHA-256 of the bytes, the RSA signature over those attributes against the
// certificate the akimat handed over, and the signer named in the CMS being that certificate.
import { createHash, verify, X509Certificate } from 'node:crypto';
import forge from 'node-forge';

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  sha256: '2.16.840.1.101.3.4.2.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
};

/** Keys sorted, no whitespace: the bytes the contract says are signed. */
export function simCanonicalJson(v: unknown): string {
  if (Array.isArray(v)) return '[' + v.map(simCanonicalJson).join(',') + ']';
  if (v && typeof v === 'object')
    return (
      '{' +
      Object.keys(v)
        .sort()
        .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
        .map((k) => JSON.stringify(k) + ':' + simCanonicalJson((v as Record<string, unknown>)[k]))
        .join(',') +
      '}'
    );
  return JSON.stringify(v);
}

/** A PEM as is, or base64 of a PEM. */
export function simPem(raw: string | undefined): string | null {
  const t = (raw ?? '').trim();
  if (!t) return null;
  return t.startsWith('-----BEGIN') ? t : Buffer.from(t, 'base64').toString('utf8').trim();
}

export type ActVerdict = { verified: true } | { verified: false; reason: string };

type Node = forge.asn1.Asn1;

const kids = (n: Node | undefined): Node[] => (Array.isArray(n?.value) ? (n.value as Node[]) : []);
const oidOf = (n: Node | undefined): string =>
  n && typeof n.value === 'string' ? forge.asn1.derToOid(n.value) : '';
const bytesOf = (n: Node | undefined): Buffer =>
  Buffer.from(n && typeof n.value === 'string' ? n.value : '', 'binary');

/**
 * Checks a detached CMS signature (base64 DER) over `content` against `trustedCertPem`.
 * Never throws: anything malformed is a failed verification with its reason.
 */
export function simVerifyActSignature(
  content: Buffer,
  signatureB64: string | null | undefined,
  trustedCertPem: string | null | undefined,
): ActVerdict {
  if (!signatureB64) return { verified: false, reason: 'UNSIGNED' };
  if (!trustedCertPem) return { verified: false, reason: 'NO_CERTIFICATE' };
  try {
    const cert = new X509Certificate(trustedCertPem);
    const ci = forge.asn1.fromDer(Buffer.from(signatureB64, 'base64').toString('binary'));
    if (oidOf(kids(ci)[0]) !== OID.signedData) return { verified: false, reason: 'NOT_SIGNED_DATA' };
    const sd = kids(kids(ci)[1])[0];
    const parts = kids(sd);
    const encap = parts[2];
    if (kids(encap).length > 1) return { verified: false, reason: 'NOT_DETACHED' };
    const signerInfo = kids(parts[parts.length - 1])[0];
    const si = kids(signerInfo);
    const [, issuerAndSerial, digestAlg] = si;
    if (oidOf(kids(digestAlg)[0]) !== OID.sha256) return { verified: false, reason: 'NOT_SHA256' };
    const serial = bytesOf(kids(issuerAndSerial)[1]).toString('hex').replace(/^0+/, '').toUpperCase();
    if (serial !== cert.serialNumber.replace(/^0+/, '').toUpperCase())
      return { verified: false, reason: 'SIGNER_NOT_THE_CERTIFICATE' };
    const attrs = si.find((n) => n.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && n.type === 0);
    if (!attrs) return { verified: false, reason: 'NO_SIGNED_ATTRIBUTES' };
    const attr = (oid: string) => kids(kids(attrs).find((a) => oidOf(kids(a)[0]) === oid));
    const digest = bytesOf(kids(attr(OID.messageDigest)[1])[0]);
    if (oidOf(kids(attr(OID.contentType)[1])[0]) !== OID.data)
      return { verified: false, reason: 'CONTENT_TYPE' };
    if (!digest.equals(createHash('sha256').update(content).digest()))
      return { verified: false, reason: 'DIGEST_MISMATCH' };
    // The signature covers the signed attributes DER-encoded as a SET (RFC 5652, 5.4).
    const signedAttrs = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, kids(attrs));
    const der = Buffer.from(forge.asn1.toDer(signedAttrs).getBytes(), 'binary');
    const encryptedDigest = si
      .filter((n) => n.tagClass === forge.asn1.Class.UNIVERSAL && n.type === forge.asn1.Type.OCTETSTRING)
      .pop();
    const ok = verify('sha256', der, cert.publicKey, bytesOf(encryptedDigest));
    return ok ? { verified: true } : { verified: false, reason: 'BAD_SIGNATURE' };
  } catch {
    return { verified: false, reason: 'MALFORMED' };
  }
}
