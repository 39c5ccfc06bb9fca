// A self-signed RSA certificate for signing billing acts in tests, made with node-forge (the
// demo makes its own the same way): each test process gets one pair.
import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

export interface SigningPair {
  /** PKCS#8 PEM */
  key: string;
  /** X.509 PEM */
  cert: string;
}

let made: SigningPair | null = null;

export function actSigningPair(commonName = 'Test akimat billing acts'): SigningPair {
  if (made) return made;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = '01' + forge.util.bytesToHex(forge.random.getBytesSync(8));
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 365 * 86_400_000);
  const name = [{ name: 'commonName', value: commonName }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.sign(
    forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
    forge.md.sha256.create(),
  );
  made = { key, cert: forge.pki.certificateToPem(cert) };
  return made;
}
