/**
 * Geodesy for the atlas. Chinese web maps show contributors shifted coordinates
 * (GCJ-02 on Amap/Tencent, BD-09 on Baidu); OpenStreetMap tiles and GeoJSON use WGS-84.
 * Everything the site shows is converted to WGS-84 here, once, at build time.
 */
import gcoord, { type CRSTypes } from 'gcoord';

/** The coordinate systems a contributor may copy coordinates from. */
export const DATUMS = ['wgs84', 'gcj02', 'bd09'] as const;
export type Datum = (typeof DATUMS)[number];

/** How much a pin can be trusted to mark the spot. */
export const PRECISIONS = ['building', 'street', 'area'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** A WGS-84 point. */
export interface LatLon {
  lat: number;
  lon: number;
}

const CRS: Record<Datum, CRSTypes> = {
  wgs84: gcoord.WGS84,
  gcj02: gcoord.GCJ02,
  bd09: gcoord.BD09,
};

/**
 * Converts a point given in `datum` to WGS-84, rounded to 6 decimals (about 0.1 m, far
 * below any precision the atlas claims). Uses the maintained `gcoord` library rather
 * than a hand-copied formula.
 */
export function toWgs84(point: LatLon, datum: Datum): LatLon {
  if (datum === 'wgs84') return { lat: round6(point.lat), lon: round6(point.lon) };
  const [lon, lat] = gcoord.transform([point.lon, point.lat], CRS[datum], gcoord.WGS84) as [number, number];
  return { lat: round6(lat), lon: round6(lon) };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Great-circle distance in metres (haversine; good to well under 0.5 % at city scale). */
export function distanceMeters(a: LatLon, b: LatLon): number {
  const R = 6371008.8;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A closed ring of [lon, lat] positions, as in GeoJSON. */
export type Ring = ReadonlyArray<readonly [number, number]>;

/** Ray-casting point-in-polygon test on a GeoJSON ring ([lon, lat] order). */
export function pointInRing(point: LatLon, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > point.lat !== yj > point.lat && point.lon < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

/**
 * Shortest distance in metres from a point to a ring's edge, using a local
 * equirectangular projection (accurate at district scale).
 */
export function distanceToRingMeters(point: LatLon, ring: Ring): number {
  const kx = 111320 * Math.cos((point.lat * Math.PI) / 180);
  const ky = 110540;
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const ax = (ring[j]![0] - point.lon) * kx;
    const ay = (ring[j]![1] - point.lat) * ky;
    const bx = (ring[i]![0] - point.lon) * kx;
    const by = (ring[i]![1] - point.lat) * ky;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

/**
 * True when the point lies in the ring or within `toleranceMeters` of its edge.
 * The tolerance exists because the district outline is simplified (up to 254 m off).
 */
export function isWithinArea(point: LatLon, ring: Ring, toleranceMeters = 0): boolean {
  return pointInRing(point, ring) || (toleranceMeters > 0 && distanceToRingMeters(point, ring) <= toleranceMeters);
}

/** A latitude/longitude box. */
export interface BBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Beijing municipality's bounding box (WGS-84), used to catch swapped or mistyped coordinates. */
export const BEIJING_BBOX: BBox = { south: 39.44, west: 115.42, north: 41.06, east: 117.51 };

/** True when the point lies inside the box. */
export function inBBox(point: LatLon, box: BBox): boolean {
  return point.lat >= box.south && point.lat <= box.north && point.lon >= box.west && point.lon <= box.east;
}

/** Names under which contributors write Beijing; any of them means "in Beijing". */
export const BEIJING_NAMES: ReadonlySet<string> = new Set(['Peking', 'Beijing', '北京', '北京市']);

/** True when a location's city (default Peking) is Beijing. */
export function isBeijing(city: string | undefined): boolean {
  return BEIJING_NAMES.has((city ?? 'Peking').trim());
}
