import zlib from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { encodePng } from '../../../core/report/charts/pngEncode';

function chunks(png: Buffer): { type: string; data: Buffer; crc: number }[] {
  const found = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    found.push({ type, data: png.subarray(at + 8, at + 8 + length), crc: png.readUInt32BE(at + 8 + length) });
    at += 12 + length;
  }
  return found;
}

describe('encodePng', () => {
  test('a valid PNG (signature, checksums, IHDR) that holds exactly the pixels given, row by row', () => {
    const width = 3;
    const height = 2;
    const rgba = Buffer.from(Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256));
    const png = encodePng(rgba, width, height);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    for (const c of parts) expect(c.crc).toBe(zlib.crc32(c.data, zlib.crc32(c.type)));
    const header = parts[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([width, height, 8, 6]);
    const raw = zlib.inflateSync(parts[1]!.data);
    expect(raw).toHaveLength((width * 4 + 1) * height);
    for (let y = 0; y < height; y++) {
      expect(raw[y * (width * 4 + 1)]).toBe(0);
      expect(raw.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1))).toEqual(
        rgba.subarray(y * width * 4, (y + 1) * width * 4),
      );
    }
  });
});
