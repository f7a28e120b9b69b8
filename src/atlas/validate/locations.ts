/**
 * Where entries are drawn on the map. Own coordinates are converted to WGS-84 and checked
 * against Beijing's box and Haidian's outline; entries without own coordinates inherit the
 * pin of the place they are `located_in`, along the chain, with that place's precision (a
 * company on a street is shown at the street's representative point, as a street). An entry
 * whose city is not Beijing is never pinned on the Haidian map, and an unknown location gets
 * no pin. Two entries with points of their own may not share a spot (closer than
 * CO_LOCATED_METERS): the map would show unrelated entries at one place, e.g. a street whose
 * representative point is a building's (an entry in a place uses `located_in` instead).
 */

/** Points closer than this look like one place on the map (a marker is about 25 px; 15 m at zoom 18). */
export const CO_LOCATED_METERS = 30;
import { BEIJING_BBOX, distanceMeters, inBBox, isBeijing, isWithinArea, toWgs84, type LatLon, type Precision, type Ring } from '../model/geo.ts';
import type { Location } from '../model/schema.ts';
import type { Position } from '../read/yaml.ts';
import type { Problem } from './problems.ts';
import { relationTargets } from './links.ts';

/** Where an entry is drawn on the map, always WGS-84. */
export interface Pin extends LatLon {
  precision: Precision;
  confidence?: 'high' | 'medium' | 'low';
  /** Slug of the entry whose own coordinates these are (itself, or the place it sits in). */
  from: string;
}

/** What the location check needs of an entry. */
export interface Locatable {
  slug: string;
  file: string;
  data: { location?: Location; located_in?: unknown };
  positionOf(path: ReadonlyArray<PropertyKey>): Position | undefined;
}

/** Options: Haidian's outline and the slack around it (the outline is simplified). */
export interface LocationOptions {
  haidian: Ring;
  haidianToleranceMeters: number;
}

/** Checks every location and returns the pin of every entry that has one. */
export function resolvePins(entries: ReadonlyMap<string, Locatable>, options: LocationOptions): { pins: Map<string, Pin>; problems: Problem[] } {
  const pins = new Map<string, Pin>();
  const problems: Problem[] = [];
  for (const node of entries.values()) {
    const loc = node.data.location;
    if (!loc || loc.lat === undefined || loc.lon === undefined || !loc.datum || !loc.precision) continue;
    const where = (name: string) => ({ file: node.file, field: `location.${name}`, ...node.positionOf(['location', name]) });
    if (node.data.located_in !== undefined) {
      problems.push({ ...where('lat'), message: 'the entry has its own coordinates and also "located_in"', fix: 'keep only one: remove lat/lon to use the pin of the place in "located_in", or remove "located_in"' });
      continue;
    }
    const point = toWgs84({ lat: loc.lat, lon: loc.lon }, loc.datum);
    const inBeijing = inBBox(point, BEIJING_BBOX);
    const city = loc.city ?? 'Peking';
    if (isBeijing(city) && !inBeijing) {
      problems.push({ ...where('lat'), message: `${loc.lat}, ${loc.lon} (${loc.datum}) lies outside Beijing`, fix: 'check that lat and lon are not swapped or mistyped, or set "city" to the city where the entry really is' });
      continue;
    }
    if (!isBeijing(city) && inBeijing) {
      problems.push({ ...where('city'), message: `the city is "${city}", but the coordinates lie in Beijing`, fix: 'correct the city or the coordinates' });
      continue;
    }
    if (loc.district === 'Haidian' && !isWithinArea(point, options.haidian, options.haidianToleranceMeters)) {
      problems.push({ ...where('lat'), message: `${loc.lat}, ${loc.lon} (${loc.datum}) lies outside Haidian district, but "district" is Haidian`, fix: 'check the coordinates and their datum (Amap gives gcj02, Baidu bd09), or correct "district"' });
      continue;
    }
    if (!isBeijing(city)) continue; // outside Beijing: described, never pinned on the Haidian map
    pins.set(node.slug, { ...point, precision: loc.precision, ...(loc.coord_confidence ? { confidence: loc.coord_confidence } : {}), from: node.slug });
  }

  // Places with points of their own that would look like one place. (An entry inside a place
  // has no point of its own: it takes the place's, see below.)
  const own = [...pins.entries()];
  own.forEach(([a, pa], i) => {
    for (const [b, pb] of own.slice(i + 1)) {
      const meters = distanceMeters(pa, pb);
      if (meters >= CO_LOCATED_METERS) continue;
      const later = entries.get(b)!;
      problems.push({
        file: later.file,
        field: 'location.lat',
        ...later.positionOf(['location', 'lat']),
        message: `the point of "${b}" is ${Math.round(meters)} m from the point of "${a}" (${entries.get(a)!.file}): the map would show them as one place`,
        fix: `if "${b}" is in "${a}", remove its coordinates and write located_in: ${a}; otherwise give it a checked point of its own, or none (a street's representative point may not be a building's point)`,
      });
    }
  });

  // Inherit pins along located_in chains (a company in a building in a neighbourhood).
  // An entry whose own city is not Beijing is never pinned, even if it has an office here:
  // the office's place shows it among the entries located there.
  for (const node of entries.values()) {
    const own = node.data.location?.lat !== undefined || node.data.location?.lon !== undefined;
    if (pins.has(node.slug) || own || !isBeijing(node.data.location?.city)) continue;
    const seen = [node.slug];
    let current: Locatable = node;
    while (true) {
      const parent = relationTargets(current.data.located_in)[0]?.id;
      if (!parent) break;
      if (seen.includes(parent)) {
        problems.push({ file: node.file, field: 'located_in', ...node.positionOf(['located_in']), message: `"located_in" goes round in a circle (${[...seen, parent].join(' → ')})`, fix: 'make the chain end at a place with coordinates' });
        break;
      }
      seen.push(parent);
      const next = entries.get(parent);
      if (!next) break; // reported by the link check
      const pin = pins.get(parent);
      if (pin) {
        pins.set(node.slug, { ...pin });
        break;
      }
      current = next;
    }
  }
  return { pins, problems };
}
