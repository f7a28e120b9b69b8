// Unit tests for geo.ts: datum conversion, distances, point-in-polygon, Haidian outline and Beijing box checks.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  BEIJING_BBOX,
  BEIJING_NAMES,
  DATUMS,
  PRECISIONS,
  isBeijing,
  distanceMeters,
  distanceToRingMeters,
  inBBox,
  isWithinArea,
  pointInRing,
  toWgs84,
  type LatLon,
  type Ring,
} from './geo.ts';
import { HAIDIAN_RING, HAIDIAN_TOLERANCE_METERS } from './haidian.ts';

const DEG_TOLERANCE = 0.0002;

function assertNear(actual: LatLon, expected: LatLon, tolerance = DEG_TOLERANCE): void {
  assert.ok(
    Math.abs(actual.lat - expected.lat) <= tolerance && Math.abs(actual.lon - expected.lon) <= tolerance,
    `expected ${JSON.stringify(actual)} within ${tolerance}° of ${JSON.stringify(expected)}`,
  );
}

function assertRelative(actual: number, expected: number, fraction: number): void {
  assert.ok(Math.abs(actual - expected) <= expected * fraction, `expected ${actual} within ${fraction * 100} % of ${expected}`);
}

describe('toWgs84', () => {
  test('converts GCJ-02 (Amap) to WGS-84', () => {
    assertNear(toWgs84({ lat: 39.959912, lon: 116.298056 }, 'gcj02'), { lat: 39.95866, lon: 116.29199 });
  });

  test('converts GCJ-02 of Microsoft Research Asia to WGS-84', () => {
    assertNear(toWgs84({ lat: 39.979384, lon: 116.310319 }, 'gcj02'), { lat: 39.97811, lon: 116.30423 });
  });

  test('converts BD-09 (Baidu) of the Baidu Building to WGS-84', () => {
    assertNear(toWgs84({ lat: 40.05702695, lon: 116.30787763 }, 'bd09'), { lat: 40.04962, lon: 116.29537 });
  });

  // Further published GCJ-02 points and their converted WGS-84 values from shared/geo/places.csv (notes and rows).
  test('converts the GCJ-02 points of shared/geo/places.csv to their published WGS-84 values', () => {
    const cases: Array<[string, LatLon, LatLon]> = [
      ['Renmin University (Tencent)', { lat: 39.96852, lon: 116.31734 }, { lat: 39.96724, lon: 116.31124 }],
      ['Zhongguancun Startup Street (Tencent)', { lat: 39.98616, lon: 116.30946 }, { lat: 39.98489, lon: 116.30337 }],
      ['Tsinghua University (Amap POI)', { lat: 40.00366, lon: 116.326836 }, { lat: 40.00236, lon: 116.32071 }],
      ['Peking University (Amap POI)', { lat: 39.99281, lon: 116.31088 }, { lat: 39.99154, lon: 116.30479 }],
    ];
    for (const [name, gcj, wgs] of cases) {
      const actual = toWgs84(gcj, 'gcj02');
      assert.ok(Math.abs(actual.lat - wgs.lat) <= 0.0001 && Math.abs(actual.lon - wgs.lon) <= 0.0001, `${name}: ${JSON.stringify(actual)} vs ${JSON.stringify(wgs)}`);
    }
  });

  test('actually shifts GCJ-02 points (by several hundred metres in Beijing)', () => {
    const gcj = { lat: 39.979384, lon: 116.310319 };
    const shift = distanceMeters(gcj, toWgs84(gcj, 'gcj02'));
    assert.ok(shift > 300 && shift < 800, `shift ${shift} m`);
  });

  test('leaves WGS-84 unchanged (apart from rounding to 6 decimals)', () => {
    assert.deepEqual(toWgs84({ lat: 40.0, lon: 116.32667 }, 'wgs84'), { lat: 40.0, lon: 116.32667 });
    assert.deepEqual(toWgs84({ lat: 39.12345678, lon: 116.98765432 }, 'wgs84'), { lat: 39.123457, lon: 116.987654 });
  });

  test('rounds converted coordinates to at most 6 decimals', () => {
    const p = toWgs84({ lat: 39.959912, lon: 116.298056 }, 'gcj02');
    assert.equal(Math.round(p.lat * 1e6) / 1e6, p.lat);
    assert.equal(Math.round(p.lon * 1e6) / 1e6, p.lon);
  });
});

describe('distanceMeters', () => {
  test('is zero for the same point', () => {
    assert.equal(distanceMeters({ lat: 39.9, lon: 116.3 }, { lat: 39.9, lon: 116.3 }), 0);
  });

  test('measures one degree of latitude as about 111 km (within 0.5 %)', () => {
    assertRelative(distanceMeters({ lat: 39.5, lon: 116.3 }, { lat: 40.5, lon: 116.3 }), 111_000, 0.005);
  });

  test('measures a degree of longitude shorter at higher latitude', () => {
    // 111 195 m at the equator; at 60° N the parallel is half as long: 111 195 m × cos 60° = 55 597 m.
    assertRelative(distanceMeters({ lat: 0, lon: 0 }, { lat: 0, lon: 1 }), 111_195, 0.005);
    assertRelative(distanceMeters({ lat: 60, lon: 0 }, { lat: 60, lon: 1 }), 55_597, 0.005);
  });

  test('measures about 1.22 km for 0.011° of latitude in Beijing', () => {
    assertRelative(distanceMeters({ lat: 39.9087, lon: 116.3975 }, { lat: 39.9197, lon: 116.3975 }), 1223, 0.005);
  });

  test('gives the same distance in both directions', () => {
    // Hand-computed on the flat approximation: 0.0913° of latitude = 10 152 m, 0.07083° of longitude at 39.95° N = 6 037 m,
    // so √(10 152² + 6 037²) = 11 812 m.
    const a = { lat: 40.0, lon: 116.32667 };
    const b = { lat: 39.9087, lon: 116.3975 };
    assertRelative(distanceMeters(a, b), 11_812, 0.001);
    assertRelative(distanceMeters(b, a), 11_812, 0.001);
  });

  test('measures Tsinghua to Tiananmen as roughly 11.8 km', () => {
    const d = distanceMeters({ lat: 40.0, lon: 116.32667 }, { lat: 39.9087, lon: 116.3975 });
    assert.ok(d > 11_000 && d < 12_500, `${d} m`);
  });
});

// A square of 0.01° around (40.005, 116.305), [lon, lat] order, closed as in GeoJSON.
const SQUARE: Ring = [
  [116.3, 40.0],
  [116.31, 40.0],
  [116.31, 40.01],
  [116.3, 40.01],
  [116.3, 40.0],
];

describe('pointInRing on a square', () => {
  test('finds the centre inside', () => {
    assert.equal(pointInRing({ lat: 40.005, lon: 116.305 }, SQUARE), true);
  });

  test('finds points beyond each side outside', () => {
    assert.equal(pointInRing({ lat: 40.005, lon: 116.299 }, SQUARE), false);
    assert.equal(pointInRing({ lat: 40.005, lon: 116.311 }, SQUARE), false);
    assert.equal(pointInRing({ lat: 39.999, lon: 116.305 }, SQUARE), false);
    assert.equal(pointInRing({ lat: 40.011, lon: 116.305 }, SQUARE), false);
  });

  test('reads the ring as [lon, lat], not [lat, lon]', () => {
    assert.equal(pointInRing({ lat: 116.305, lon: 40.005 }, SQUARE), false);
  });

  test('works for an open ring too', () => {
    assert.equal(pointInRing({ lat: 40.005, lon: 116.305 }, SQUARE.slice(0, 4)), true);
  });

  test('handles slanted edges (a right triangle with the hypotenuse lon + lat = 4)', () => {
    const triangle: Ring = [[0, 0], [4, 0], [0, 4], [0, 0]];
    assert.equal(pointInRing({ lat: 1, lon: 2.9 }, triangle), true);
    assert.equal(pointInRing({ lat: 1, lon: 3.1 }, triangle), false);
    assert.equal(pointInRing({ lat: 3, lon: 0.9 }, triangle), true);
    assert.equal(pointInRing({ lat: 3, lon: 1.1 }, triangle), false);
  });

  test('counts a point level with a vertex correctly (a diamond whose east and west corners lie at lat 1)', () => {
    const diamond: Ring = [[1, 0], [2, 1], [1, 2], [0, 1], [1, 0]];
    assert.equal(pointInRing({ lat: 1, lon: 1.5 }, diamond), true);
    assert.equal(pointInRing({ lat: 1, lon: 0.5 }, diamond), true);
    assert.equal(pointInRing({ lat: 1, lon: -0.5 }, diamond), false);
    assert.equal(pointInRing({ lat: 1, lon: 2.5 }, diamond), false);
  });

  test('gives a point on an edge to exactly one of two neighbouring squares: west and south edges are inside, east and north edges outside', () => {
    assert.equal(pointInRing({ lat: 40.005, lon: 116.3 }, SQUARE), true);
    assert.equal(pointInRing({ lat: 40.0, lon: 116.305 }, SQUARE), true);
    assert.equal(pointInRing({ lat: 40.005, lon: 116.31 }, SQUARE), false);
    assert.equal(pointInRing({ lat: 40.01, lon: 116.305 }, SQUARE), false);
    const eastNeighbour: Ring = [[116.31, 40.0], [116.32, 40.0], [116.32, 40.01], [116.31, 40.01], [116.31, 40.0]];
    assert.equal(pointInRing({ lat: 40.005, lon: 116.31 }, eastNeighbour), true);
  });

  test('handles a concave ring (the notch is outside)', () => {
    // A "U": the square with the middle of its top third cut out.
    const u: Ring = [
      [0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0],
    ];
    assert.equal(pointInRing({ lat: 2, lon: 1.5 }, u), false);
    assert.equal(pointInRing({ lat: 0.5, lon: 1.5 }, u), true);
    assert.equal(pointInRing({ lat: 2, lon: 0.5 }, u), true);
  });
});

describe('distanceToRingMeters on a square', () => {
  // 0.001° of longitude at 40° N is 85.3 m; 0.001° of latitude is 110.5 m (hand-computed from the WGS-84 ellipsoid).
  const EAST_M = 85.3;

  test('measures the distance to the nearest side from outside', () => {
    // 0.001° east of the east side.
    assertRelative(distanceToRingMeters({ lat: 40.005, lon: 116.311 }, SQUARE), EAST_M, 0.01);
    // 0.001° north of the north side.
    assertRelative(distanceToRingMeters({ lat: 40.011, lon: 116.305 }, SQUARE), 110.54, 0.01);
  });

  test('measures the distance to the nearest side from inside', () => {
    assertRelative(distanceToRingMeters({ lat: 40.005, lon: 116.309 }, SQUARE), EAST_M, 0.01);
  });

  test('measures the distance to a corner diagonally', () => {
    const d = distanceToRingMeters({ lat: 40.011, lon: 116.311 }, SQUARE);
    assertRelative(d, Math.hypot(EAST_M, 110.54), 0.01);
  });

  test('is zero on the edge', () => {
    assert.ok(distanceToRingMeters({ lat: 40.0, lon: 116.305 }, SQUARE) < 0.01);
  });
});

describe('distanceToRingMeters and isWithinArea at the equator', () => {
  // A box from lon 1 to 2 and lat −1 to 1. At the equator the projection gives 111 320 m per degree of longitude,
  // so a point at lon 2.5 lies 0.5 × 111 320 = 55 660 m east of the east side.
  const BOX: Ring = [[1, -1], [2, -1], [2, 1], [1, 1], [1, -1]];
  const east = { lat: 0, lon: 2.5 };

  test('measures the distance to the nearest side exactly', () => {
    assert.equal(distanceToRingMeters(east, BOX), 55_660);
  });

  test('counts a point exactly at the tolerance as within, and not a metre less', () => {
    assert.equal(isWithinArea(east, BOX, 55_660), true);
    assert.equal(isWithinArea(east, BOX, 55_659), false);
  });
});

describe('isWithinArea on a square', () => {
  const outside100m = { lat: 40.005, lon: 116.311176 }; // 0.001176° (about 100 m) east of the east side

  test('counts a point inside regardless of tolerance', () => {
    assert.equal(isWithinArea({ lat: 40.005, lon: 116.305 }, SQUARE), true);
    assert.equal(isWithinArea({ lat: 40.005, lon: 116.305 }, SQUARE, 300), true);
  });

  test('without tolerance only the ring decides, even for a point on its east edge (distance 0)', () => {
    assert.equal(isWithinArea({ lat: 40.005, lon: 116.31 }, SQUARE, 0), false);
    assert.equal(isWithinArea({ lat: 40.01, lon: 116.305 }, SQUARE), false);
    assert.equal(isWithinArea({ lat: 40.005, lon: 116.31 }, SQUARE, 1), true);
  });

  test('counts a point ~100 m outside with 300 m tolerance but not with 0 or 50 m', () => {
    const d = distanceToRingMeters(outside100m, SQUARE);
    assert.ok(d > 90 && d < 110, `${d} m`);
    assert.equal(isWithinArea(outside100m, SQUARE, 300), true);
    assert.equal(isWithinArea(outside100m, SQUARE, 0), false);
    assert.equal(isWithinArea(outside100m, SQUARE), false);
    assert.equal(isWithinArea(outside100m, SQUARE, 50), false);
  });
});

describe('the Haidian outline', () => {
  const TSINGHUA = { lat: 40.0, lon: 116.32667 };
  const WUDAOKOU = { lat: 39.99148, lon: 116.3317 };
  const TIANANMEN = { lat: 39.9087, lon: 116.3975 };
  const CHAOYANG = { lat: 39.9219, lon: 116.4436 };
  // About 100 m east of the easternmost vertex of the outline (116.38882, 40.031338).
  const EAST_EDGE_PLUS_100M = { lat: 40.031338, lon: 116.38999 };

  test('is a closed ring of [lon, lat] pairs around Haidian', () => {
    assert.ok(HAIDIAN_RING.length > 10);
    assert.deepEqual(HAIDIAN_RING[0], HAIDIAN_RING.at(-1));
    for (const [lon, lat] of HAIDIAN_RING) {
      assert.ok(lon > 115.9 && lon < 116.5 && lat > 39.8 && lat < 40.3, `${lon}, ${lat}`);
    }
  });

  test('contains Tsinghua University and Wudaokou station', () => {
    assert.equal(pointInRing(TSINGHUA, HAIDIAN_RING), true);
    assert.equal(pointInRing(WUDAOKOU, HAIDIAN_RING), true);
    assert.equal(isWithinArea(WUDAOKOU, HAIDIAN_RING, 0), true);
  });

  test('does not contain Tiananmen or a point in Chaoyang, even with tolerance', () => {
    assert.equal(pointInRing(TIANANMEN, HAIDIAN_RING), false);
    assert.equal(isWithinArea(TIANANMEN, HAIDIAN_RING, HAIDIAN_TOLERANCE_METERS), false);
    assert.equal(isWithinArea(CHAOYANG, HAIDIAN_RING, HAIDIAN_TOLERANCE_METERS), false);
    assert.ok(distanceToRingMeters(TIANANMEN, HAIDIAN_RING) > 1000);
  });

  test('counts a point ~100 m outside the edge with a 300 m tolerance, but not with 0', () => {
    assert.equal(pointInRing(EAST_EDGE_PLUS_100M, HAIDIAN_RING), false);
    const d = distanceToRingMeters(EAST_EDGE_PLUS_100M, HAIDIAN_RING);
    assert.ok(d > 80 && d < 120, `${d} m`);
    assert.equal(isWithinArea(EAST_EDGE_PLUS_100M, HAIDIAN_RING, 300), true);
    assert.equal(isWithinArea(EAST_EDGE_PLUS_100M, HAIDIAN_RING, 0), false);
  });

  test('uses a 300 m tolerance', () => {
    assert.equal(HAIDIAN_TOLERANCE_METERS, 300);
  });
});

describe('inBBox with BEIJING_BBOX', () => {
  test('contains central Beijing and Haidian', () => {
    assert.equal(inBBox({ lat: 39.9087, lon: 116.3975 }, BEIJING_BBOX), true);
    assert.equal(inBBox({ lat: 40.0, lon: 116.32667 }, BEIJING_BBOX), true);
  });

  test('does not contain Shanghai', () => {
    assert.equal(inBBox({ lat: 31.23, lon: 121.47 }, BEIJING_BBOX), false);
  });

  test('does not contain swapped coordinates', () => {
    assert.equal(inBBox({ lat: 116.3, lon: 39.9 }, BEIJING_BBOX), false);
  });

  test('includes its own edges and excludes points just beyond them', () => {
    assert.equal(inBBox({ lat: BEIJING_BBOX.south, lon: BEIJING_BBOX.west }, BEIJING_BBOX), true);
    assert.equal(inBBox({ lat: BEIJING_BBOX.north, lon: BEIJING_BBOX.east }, BEIJING_BBOX), true);
    assert.equal(inBBox({ lat: BEIJING_BBOX.north + 0.01, lon: 116.4 }, BEIJING_BBOX), false);
    assert.equal(inBBox({ lat: 40, lon: BEIJING_BBOX.west - 0.01 }, BEIJING_BBOX), false);
    assert.equal(inBBox({ lat: BEIJING_BBOX.south - 0.01, lon: 116.4 }, BEIJING_BBOX), false);
    assert.equal(inBBox({ lat: 40, lon: BEIJING_BBOX.east + 0.01 }, BEIJING_BBOX), false);
  });
});

describe('the datum, precision and Beijing tables', () => {
  test('know the three datums and three precisions', () => {
    assert.deepEqual([...DATUMS], ['wgs84', 'gcj02', 'bd09']);
    assert.deepEqual([...PRECISIONS], ['building', 'street', 'area']);
  });

  test('isBeijing accepts the German, English and Chinese names and defaults to Peking', () => {
    assert.deepEqual([...BEIJING_NAMES].sort(), ['Beijing', 'Peking', '北京', '北京市'].sort());
    for (const city of ['Peking', 'Beijing', '北京', '北京市', ' Peking ', undefined]) assert.equal(isBeijing(city), true, String(city));
  });

  test('isBeijing is false for other cities and other spellings', () => {
    for (const city of ['Hangzhou', 'Shanghai', 'peking', 'Beijing City', '']) assert.equal(isBeijing(city), false, city);
  });
});
