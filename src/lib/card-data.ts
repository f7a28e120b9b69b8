/**
 * What each card shows, from the same entry data as the pages, and the glyph check over
 * it. Shared by the card integration (all pages) and the content check (entries), so a
 * contributor sees a missing character before the build does.
 */
import type { AtlasNode } from './graph.ts';
import type { CardContext, CardInput } from './card-layout.ts';
import { locatorSvg } from './card-layout.ts';
import { codePointLabel, missingGlyphs } from './card-glyphs.ts';
import { isApproximate } from './map-markers.ts';
import type { Ring } from './geo.ts';
import type { Problem } from './problems.ts';

/** Labels a card needs from the dictionary. */
export interface CardLabels {
  collection: string;
  kind: string;
  /** A figure's value, formatted (see formatFigureValue). */
  value?: string;
  locator?: string;
  locatorApproximate?: string;
}

/** The card of an entry: title, badges, Chinese name, summary, and the locator when it has a pin. */
export function entryCard(node: AtlasNode, labels: CardLabels, ring: Ring, base: CardContext): { input: CardInput; context: CardContext } {
  const d = node.data;
  const approximate = node.pin ? isApproximate(node.pin.precision) : false;
  const caption = approximate ? labels.locatorApproximate : labels.locator;
  return {
    input: { title: d.name, badge: labels.collection, kind: labels.kind, ...(d.name_zh ? { nameZh: d.name_zh } : {}), ...(labels.value ? { value: labels.value } : {}), summary: d.summary },
    context: {
      ...base,
      ...(node.pin ? { locator: locatorSvg(ring, node.pin.lon, node.pin.lat, approximate) } : {}),
      ...(node.pin && caption ? { locatorCaption: caption } : {}),
    },
  };
}

/**
 * Every character of an entry's card that the fonts cannot draw, as problems naming the
 * file and the field it comes from.
 */
export function glyphProblems(file: string, input: CardInput, covered: (cp: number) => boolean): Problem[] {
  const fields: Array<[string, string | undefined]> = [['name', input.title], ['name_zh', input.nameZh], ['summary', input.summary], ['kind', input.kind], ['badge', input.badge]];
  return fields.flatMap(([field, text]) =>
    missingGlyphs(text ?? '', covered).map((ch) => ({
      file,
      field,
      message: `the character "${ch}" (${codePointLabel(ch)}) is missing from the card fonts (Inter, Noto Sans SC) and would show as an empty box on the social card`,
      fix: 'replace the character, or add a font that has it to src/lib/card-fonts.ts',
    })),
  );
}
