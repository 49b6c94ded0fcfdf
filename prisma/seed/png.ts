// A tiny, valid PNG drawn in code (so the seed needs no binary files): a skin-coloured square
// with a patch of red spots, as a citizen's photo of a rash. Uncompressed (stored) deflate
// blocks keep the bytes the same on every Node version.
import { createHash } from 'node:crypto';

const SIZE = 16;

/** The PNG file's bytes. */
export function rashPhotoPng(): Buffer {
  const rows: number[] = [];
  for (let y = 0; y < SIZE; y += 1) {
    rows.push(0); // filter: none
    for (let x = 0; x < SIZE; x += 1) {
      const spot = (x * 7 + y * 5) % 11 === 0 && x > 3 && x < 13 && y > 3 && y < 13;
      rows.push(...(spot ? [196, 64, 64] : [236, 192, 164]));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', storedZlib(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Lowercase hex SHA-256, as attachments store it. */
export function sha256Hex(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([length, body, crc]);
}

/** A zlib stream of one stored (uncompressed) deflate block; data must be under 64 KiB. */
function storedZlib(data: Buffer): Buffer {
  if (data.length > 0xffff) throw new Error('too large for one stored block');
  const block = Buffer.alloc(5);
  block.writeUInt8(1, 0); // final block, stored
  block.writeUInt16LE(data.length, 1);
  block.writeUInt16LE(~data.length & 0xffff, 3);
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(adler32(data), 0);
  return Buffer.concat([Buffer.from([0x78, 0x01]), block, data, adler]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(data: Buffer): number {
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}
