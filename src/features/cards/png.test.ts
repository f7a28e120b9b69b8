// Unit tests for png.ts: indexed PNGs decode (with the independent UPNG decoder) to exactly the pixels given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import UPNG from 'upng-js';
import { indexedPng } from './png.ts';

/** Straight RGBA bytes from [r, g, b, a] pixels. */
const rgba = (pixels: number[][]) => new Uint8Array(pixels.flat());

test('a 3×2 image of four colours, one of them half transparent, decodes to the same pixels', () => {
  const pixels = [[255, 0, 0, 255], [0, 255, 0, 255], [0, 0, 255, 255], [255, 255, 255, 255], [255, 0, 0, 255], [10, 20, 30, 128]];
  const png = indexedPng(rgba(pixels), 3, 2)!;
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the PNG signature');
  const decoded = UPNG.decode(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer);
  assert.deepEqual([decoded.width, decoded.height, decoded.ctype, decoded.depth], [3, 2, 3, 8], 'indexed, 8 bits');
  assert.deepEqual([...new Uint8Array(UPNG.toRGBA8(decoded)[0]!)], pixels.flat());
});

test('an opaque image has no transparency chunk', () => {
  const png = indexedPng(rgba([[1, 2, 3, 255], [4, 5, 6, 255]]), 2, 1)!;
  assert.equal(png.includes(Buffer.from('tRNS')), false);
  assert.equal(png.includes(Buffer.from('PLTE')), true);
});

test('256 colours fit; 257 do not (the caller encodes true colour)', () => {
  const colours = (n: number) => Array.from({ length: n }, (_, i) => [i % 256, Math.floor(i / 256), 0, 255]);
  assert.ok(indexedPng(rgba(colours(256)), 256, 1));
  assert.equal(indexedPng(rgba(colours(257)), 257, 1), undefined);
});

test('a buffer of the wrong size is refused, naming the sizes', () => {
  assert.throws(() => indexedPng(new Uint8Array(7), 2, 1), /indexedPng: 7 bytes for 2×1 pixels/);
});

test('rows equal to the row above, after a different row and at the end, decode to the same pixels', () => {
  const [a, b, c] = [[200, 10, 10, 255], [10, 200, 10, 255], [10, 10, 200, 255]];
  // Rows: a b c, a b c (same as above), c c c, a b c (same as two above, not the row above), a b c, a b c.
  const rows = [[a, b, c], [a, b, c], [c, c, c], [a, b, c], [a, b, c], [a, b, c]];
  const pixels = rows.flat();
  const png = indexedPng(rgba(pixels), 3, 6)!;
  const decoded = UPNG.decode(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer);
  assert.deepEqual([...new Uint8Array(UPNG.toRGBA8(decoded)[0]!)], pixels.flat());
});

test('a row that differs from the row above in its last pixel only is not taken for it', () => {
  const [a, b] = [[1, 1, 1, 255], [2, 2, 2, 255]];
  const pixels = [a, a, a, a, a, b, b, b, b];
  const png = indexedPng(rgba(pixels), 3, 3)!;
  const decoded = UPNG.decode(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer);
  assert.deepEqual([...new Uint8Array(UPNG.toRGBA8(decoded)[0]!)], pixels.flat());
});

test('an image that starts inside a larger buffer (as resvg hands it over) is read from its own bytes', () => {
  const [a, b] = [[9, 8, 7, 255], [1, 2, 3, 255]];
  const pixels = [a, b, a, b, b, a];
  const backing = new Uint8Array(8 + pixels.length * 4);
  backing.set([0, 0, 0, 255, 5, 5, 5, 255], 0);
  backing.set(pixels.flat(), 8);
  const png = indexedPng(backing.subarray(8), 2, 3)!;
  const decoded = UPNG.decode(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer);
  assert.deepEqual([...new Uint8Array(UPNG.toRGBA8(decoded)[0]!)], pixels.flat());
});

/** CRC-32 as the PNG specification's Annex D computes it (polynomial 0xEDB88320), written out here. */
function specCrc(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

test('every chunk carries the CRC-32 of its type and data; IEND ends in AE 42 60 82', () => {
  const png = indexedPng(rgba([[1, 2, 3, 128], [4, 5, 6, 255]]), 2, 1)!;
  const types: string[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    types.push(typeAndData.subarray(0, 4).toString('latin1'));
    assert.equal(png.readUInt32BE(at + 8 + length), specCrc(typeAndData), `CRC of ${types.at(-1)}`);
    at += 12 + length;
  }
  assert.deepEqual(types, ['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);
  // The IEND chunk is always the same 12 bytes (PNG specification, §11.2.5).
  assert.deepEqual([...png.subarray(-12)], [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
});

test('a first pixel whose bytes read as the number 1 (red 1, the rest 0) gets a palette entry of its own', () => {
  // On a little-endian machine the bytes 1, 0, 0, 0 are the Uint32 1: no "previous colour" may look like it.
  const pixels = [[1, 0, 0, 0], [5, 5, 5, 255]];
  const png = indexedPng(rgba(pixels), 2, 1)!;
  const decoded = UPNG.decode(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer);
  assert.deepEqual([...new Uint8Array(UPNG.toRGBA8(decoded)[0]!)], pixels.flat());
});
