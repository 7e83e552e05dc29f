// The cluster's root CA as node inspect shows it (Description.TLSInfo): a PEM certificate for
// CN=swarm-ca and the issuer's subject and public key in base64 DER. The key material is not
// modelled: the bytes are spread deterministically from the CA digest the join tokens carry,
// under the DER prefixes every swarm root certificate and P-256 key shares.
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** `CN=swarm-ca` as a DER Name (the same bytes in every swarm). */
export const CA_SUBJECT_B64 = 'MBMxETAPBgNVBAMTCHN3YXJtLWNh';
const P256_KEY_PREFIX = 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE';
const CERT_PREFIX = 'MIIBajCCARCgAwIBAgIU';

/** `n` base64 characters spread from `seed` (FNV-1a, then xorshift). */
function spread(seed: string, n: number): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  let out = '';
  for (let i = 0; i < n; i++) {
    h ^= h << 13;
    h ^= h >>> 17;
    h ^= h << 5;
    h >>>= 0;
    out += B64[h & 63];
  }
  return out;
}

export function caPublicKey(caDigest: string): string {
  return `${P256_KEY_PREFIX}${spread(`${caDigest}/key`, 86)}==`;
}

/** The root certificate as PEM (64-character lines), ending in a newline. */
export function caTrustRoot(caDigest: string): string {
  const body = `${CERT_PREFIX}${spread(`${caDigest}/cert`, 488 - CERT_PREFIX.length - 2)}==`;
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
