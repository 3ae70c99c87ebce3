/**
 * OS entropy for os.urandom and random.seed(): the host's source when it offers one (Host.entropy),
 * else WebCrypto's getRandomValues (at most 65536 bytes per call).
 */
import type { Host } from './host';

export function fillEntropy(host: Host, b: Uint8Array<ArrayBuffer>): void {
  if (host.entropy) host.entropy(b);
  else webCryptoEntropy(b);
}

/** WebCrypto's getRandomValues over all of `b` (it takes at most 65536 bytes per call). */
export function webCryptoEntropy(b: Uint8Array<ArrayBuffer>): void {
  for (let i = 0; i < b.length; i += 65536) globalThis.crypto.getRandomValues(b.subarray(i, Math.min(b.length, i + 65536)));
}
