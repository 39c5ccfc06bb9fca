/**
 * Draws the installable app's icons (apps/web/public/icons, issue 23): a yellow wheel on the app's
 * dark blue, PNG written by hand (zlib only). Run again after changing the drawing:
 * `node scripts/web-icons.mjs`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const OUT = join(import.meta.dirname, '..', 'apps', 'web', 'public', 'icons');
const BLUE = [0x0b, 0x2e, 0x59];
const YELLOW = [0xff, 0xd2, 0x00];

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(buf) {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A wheel: yellow ring and hub with four spokes; `safe`: drawn inside the maskable safe zone. */
function draw(size, safe) {
  const scale = safe ? 0.8 : 1;
  const c = size / 2;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const dx = (x + 0.5 - c) / (size * scale);
      const dy = (y + 0.5 - c) / (size * scale);
      const r = Math.hypot(dx, dy);
      const ring = r > 0.3 && r < 0.4;
      const hub = r < 0.08;
      const spoke = r < 0.3 && (Math.abs(dx) < 0.025 || Math.abs(dy) < 0.025);
      const rgb = ring || hub || spoke ? YELLOW : BLUE;
      rgb.forEach((v, i) => (row[1 + x * 3 + i] = v));
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync(join(OUT, 'icon-192.png'), draw(192, false));
writeFileSync(join(OUT, 'icon-512.png'), draw(512, false));
writeFileSync(join(OUT, 'icon-maskable-512.png'), draw(512, true));
