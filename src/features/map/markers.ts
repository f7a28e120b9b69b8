/**
 * Marker images for the map, drawn as small SVGs per collection. Building-precise entries
 * get a solid pin; street- or area-precise ones a hollow ring, so precision is visible
 * before the popup says "ungefähre Lage". Generated in code, so no image files can go
 * missing under a bundler (Leaflet's default icon paths break under Vite).
 */
import type { CollectionName } from '../../atlas/model/collections.ts';
import type { Precision } from '../../atlas/model/geo.ts';

/** Marker colour of each collection (also used in the legend). Chosen for contrast on light map tiles. */
export const COLLECTION_COLORS: Record<CollectionName, string> = {
  companies: '#1f7a68',
  institutions: '#2f55a4',
  policies: '#9a4a1c',
  people: '#7a3fa0',
  places: '#b23a2a',
  sources: '#555f6b',
  figures: '#555f6b',
  events: '#555f6b',
};

/** Size in CSS pixels and anchor of each marker style, for Leaflet's icon options. */
export const MARKER_GEOMETRY = {
  pin: { size: [28, 40] as [number, number], anchor: [14, 39] as [number, number], popupAnchor: [0, -34] as [number, number] },
  ring: { size: [30, 30] as [number, number], anchor: [15, 15] as [number, number], popupAnchor: [0, -12] as [number, number] },
};

/** True for precisions that only give an approximate location. */
export function isApproximate(precision: Precision): boolean {
  return precision !== 'building';
}

/** The SVG markup of a marker; `count` > 1 adds a badge for several entries at one place. */
export function markerSvg(color: string, precision: Precision, count = 1): string {
  const badge =
    count > 1
      ? `<circle cx="${isApproximate(precision) ? 23 : 22}" cy="7" r="7" fill="#fff" stroke="${color}" stroke-width="1.5"/><text x="${isApproximate(precision) ? 23 : 22}" y="10.5" font-family="sans-serif" font-size="9" font-weight="700" text-anchor="middle" fill="${color}">${count > 99 ? '99+' : count}</text>`
      : '';
  if (isApproximate(precision)) {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="30" height="30" viewBox="0 0 30 30"><circle cx="15" cy="15" r="11" fill="${color}" fill-opacity="0.18" stroke="${color}" stroke-width="3" stroke-dasharray="4 3"/><circle cx="15" cy="15" r="3" fill="${color}"/>${badge}</svg>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="28" height="40" viewBox="0 0 28 40"><path d="M14 39C14 39 2 22.5 2 14a12 12 0 0 1 24 0c0 8.5-12 25-12 25z" fill="${color}" stroke="#fff" stroke-width="2"/><circle cx="14" cy="14" r="4.5" fill="#fff"/>${badge}</svg>`;
}

/** A data: URL of the marker, usable as an <img src> (and as a Leaflet iconUrl). */
export function markerDataUrl(color: string, precision: Precision, count = 1): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markerSvg(color, precision, count))}`;
}
