/** Minimal types for upng-js (PNG encoding with palette quantisation); the package ships none. */
declare module 'upng-js' {
  /** Encodes RGBA frames; `colors` > 0 quantises to that many colours (0 = lossless). */
  export function encode(frames: ArrayBuffer[], width: number, height: number, colors: number): ArrayBuffer;
  const UPNG: { encode: typeof encode };
  export default UPNG;
}
