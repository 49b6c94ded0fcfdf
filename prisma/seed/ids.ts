// Deterministic ids: the same stable key always gives the same UUID, so a persona keeps its id
// whenever and wherever the seed runs, and tests and the test identity provider can name rows
// without querying for them. Name-based UUID version 5 (RFC 9562): SHA-1 of namespace + key.
import { createHash } from 'node:crypto';

/** This seed's own namespace; changing it changes every seeded id. */
const SEED_NAMESPACE = '6f1d2c8a-93b4-4e57-a0c2-1b7e5d9f3a64';

/** The UUID v5 of `key` in the seed's namespace, e.g. `seedId('person:adult')`. */
export function seedId(key: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(SEED_NAMESPACE.replaceAll('-', ''), 'hex'))
    .update(key, 'utf8')
    .digest();
  hash.writeUInt8((hash.readUInt8(6) & 0x0f) | 0x50, 6);
  hash.writeUInt8((hash.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = hash.subarray(0, 16).toString('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20, 32),
  ].join('-');
}
