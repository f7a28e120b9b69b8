/** Types for upng-js (no bundled types): the decoder the PNG tests check the card encoder with. */
declare module 'upng-js' {
  /** A decoded PNG: size, colour type (3 = indexed), bit depth and the raw data. */
  export interface DecodedPng {
    width: number;
    height: number;
    ctype: number;
    depth: number;
  }
  /** Decodes a PNG file. */
  export function decode(png: ArrayBuffer): DecodedPng;
  /** The frames of a decoded PNG as straight RGBA, 4 bytes per pixel. */
  export function toRGBA8(png: DecodedPng): ArrayBuffer[];
  const UPNG: { decode: typeof decode; toRGBA8: typeof toRGBA8 };
  export default UPNG;
}
