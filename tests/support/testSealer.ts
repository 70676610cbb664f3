import crypto from 'node:crypto';
import type { Sealer } from '../../electron/remote/connectionStore';

/** Stands in for the OS's encryption (DPAPI/Keychain): a real cipher with a key only this "user" has. */
export function testSealer(): Sealer {
  const key = crypto.randomBytes(32);
  return {
    isAvailable: () => true,
    seal(text) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    open(sealed) {
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
