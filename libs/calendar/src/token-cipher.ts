import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A stored token could not be read: wrong SECRET_KEY, or the ciphertext was changed. */
export class TokenCipherError extends Error {
  override readonly name = 'TokenCipherError';
}

function checkKey(key: Buffer): void {
  if (key.length !== 32) throw new TokenCipherError('The secret key must be 32 bytes');
}

/**
 * Encrypts a secret with AES-256-GCM under a random 12-byte IV:
 * `v1:<iv base64url>:<auth tag base64url>:<ciphertext base64url>`.
 */
export function encryptToken(plain: string, key: Buffer): string {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv, tag, body]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join(':');
}

/** Reverses {@link encryptToken}; throws {@link TokenCipherError} for a wrong key or any tampering. */
export function decryptToken(stored: string, key: Buffer): string {
  checkKey(key);
  const parts = stored.split(':');
  if (parts.length !== 4 || parts[0] !== VERSION) {
    throw new TokenCipherError('The stored token is not in a format this version can read');
  }
  const [iv, tag, body] = parts.slice(1).map((part) => Buffer.from(part, 'base64url'));
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new TokenCipherError('The stored token is damaged');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    throw new TokenCipherError(
      'The stored token cannot be decrypted (SECRET_KEY changed, or the data was altered)',
    );
  }
}
