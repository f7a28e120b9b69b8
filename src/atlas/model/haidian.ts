/**
 * Haidian's district outline (OpenStreetMap relation 5505984, © OpenStreetMap contributors,
 * ODbL 1.0; see src/atlas/model/README.md), exposed as a ring for the geo checks.
 */
import boundary from './haidian-boundary.json' with { type: 'json' };
import type { Ring } from './geo.ts';

/** The exterior ring of Haidian district, [lon, lat] pairs (WGS-84). */
export const HAIDIAN_RING: Ring = boundary.features[0]!.geometry.coordinates[0] as unknown as Ring;

/**
 * Metres a point may lie outside the simplified outline and still count as Haidian:
 * the simplification departs from OpenStreetMap's line by up to 254 m.
 */
export const HAIDIAN_TOLERANCE_METERS = 300;
