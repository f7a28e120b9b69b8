/** Types for subset-font (no bundled types): HarfBuzz's hb-subset, used to cut the card fonts down (src/features/cards/subset.ts). */
declare module 'subset-font' {
  /** The font `data` reduced to the glyphs of `text`, in `targetFormat`. */
  export default function subsetFont(data: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'; preserveNameIds?: number[] }): Promise<Buffer>;
}
