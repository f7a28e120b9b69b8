// Unit tests for locations.ts: pins in WGS-84 from own coordinates in any datum, the Beijing and Haidian
// checks, and pins inherited along located_in chains. Expected coordinates are the published or surveyed
// reference points of shared/geo/places.csv (its README explains the datums), not values computed here.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePins, type Locatable, type LocationOptions, type Pin } from './locations.ts';
import { HAIDIAN_RING } from '../model/haidian.ts';
import type { Ring } from '../model/geo.ts';
import type { Location } from '../model/schema.ts';
import type { Position } from '../read/yaml.ts';

const OPTIONS: LocationOptions = { haidian: HAIDIAN_RING, haidianToleranceMeters: 300 };
/** Degrees allowed between a converted point and the published WGS-84 value (about 10 m; the README gives "a few metres"). */
const TOLERANCE = 0.0001;

/** An entry at `content/places/<slug>.mdx`; its `location.<field>` sits on line 20 + index of the field. */
function place(slug: string, location?: Partial<Location>, located_in?: unknown): Locatable {
  const fields = ['city', 'district', 'lat', 'lon', 'datum', 'precision'];
  return {
    slug,
    file: `content/places/${slug}.mdx`,
    data: { ...(location ? { location: location as Location } : {}), ...(located_in !== undefined ? { located_in } : {}) },
    positionOf: (path): Position | undefined =>
      path[0] === 'location' ? { line: 20 + fields.indexOf(String(path[1])), column: 3 } : path[0] === 'located_in' ? { line: 30, column: 13 } : undefined,
  };
}

/** Coordinates in `datum`, with precision and source, in Peking unless `more` says otherwise. */
const coords = (lat: number, lon: number, datum: Location['datum'] = 'wgs84', more: Partial<Location> = {}): Partial<Location> => ({
  city: 'Peking',
  lat,
  lon,
  datum,
  precision: 'building',
  coord_source: 'shared/geo/places.csv',
  ...more,
});

const resolve = (entries: Locatable[], options = OPTIONS) => resolvePins(new Map(entries.map((e) => [e.slug, e])), options);

function assertNear(pin: Pin | undefined, lat: number, lon: number): void {
  assert.ok(pin, 'expected a pin');
  assert.ok(Math.abs(pin.lat - lat) <= TOLERANCE && Math.abs(pin.lon - lon) <= TOLERANCE, `${JSON.stringify(pin)} is not within ${TOLERANCE}° of ${lat}, ${lon}`);
}

describe('own coordinates', () => {
  test('WGS-84 inside Haidian is pinned as written, with precision, confidence and origin (Tsinghua campus marker)', () => {
    const { pins, problems } = resolve([place('tsinghua-university', coords(40.0, 116.32667, 'wgs84', { district: 'Haidian', precision: 'area', coord_confidence: 'medium' }))]);
    assert.deepEqual(problems, []);
    assert.deepEqual(pins.get('tsinghua-university'), { lat: 40.0, lon: 116.32667, precision: 'area', confidence: 'medium', from: 'tsinghua-university' });
  });

  test('WGS-84 of the OpenStreetMap station node of Wudaokou is pinned without a confidence when none is given', () => {
    const { pins } = resolve([place('wudaokou', coords(39.99148, 116.3317, 'wgs84', { district: 'Haidian' }))]);
    assert.deepEqual(pins.get('wudaokou'), { lat: 39.99148, lon: 116.3317, precision: 'building', from: 'wudaokou' });
    assert.equal('confidence' in pins.get('wudaokou')!, false);
  });

  test('GCJ-02 of Microsoft Research Asia (WeChat) is converted to its WGS-84 value', () => {
    const { pins, problems } = resolve([place('msra', coords(39.979384, 116.310319, 'gcj02', { district: 'Haidian' }))]);
    assert.deepEqual(problems, []);
    assertNear(pins.get('msra'), 39.97811, 116.30423);
    assert.equal(pins.get('msra')!.precision, 'building');
  });

  test('GCJ-02 of the Haidian district government (Amap district centre) is converted to its WGS-84 value', () => {
    const { pins } = resolve([place('haidian-government', coords(39.959912, 116.298056, 'gcj02', { district: 'Haidian' }))]);
    assertNear(pins.get('haidian-government'), 39.95866, 116.29199);
  });

  test('BD-09 of the Baidu Building (Baidu Place API) is converted to its WGS-84 value', () => {
    const { pins, problems } = resolve([place('baidu-building', coords(40.05702695, 116.30787763, 'bd09', { district: 'Haidian' }))]);
    assert.deepEqual(problems, []);
    assertNear(pins.get('baidu-building'), 40.04962, 116.29537);
  });

  test('the converted point, not the one as written, is checked against the district', () => {
    // A square of about 170 m around the WGS-84 position of Microsoft Research Asia; its GCJ-02 value lies 500 m east of it.
    const square: Ring = [[116.3032, 39.9771], [116.3052, 39.9771], [116.3052, 39.9791], [116.3032, 39.9791], [116.3032, 39.9771]];
    const options = { haidian: square, haidianToleranceMeters: 0 };
    assert.deepEqual(resolve([place('msra', coords(39.979384, 116.310319, 'gcj02', { district: 'Haidian' }))], options).problems, []);
    assert.equal(resolve([place('msra', coords(39.979384, 116.310319, 'wgs84', { district: 'Haidian' }))], options).problems.length, 1);
  });

  test('Beijing may be written Peking, Beijing or 北京', () => {
    for (const city of ['Peking', 'Beijing', '北京', '北京市']) {
      const { pins, problems } = resolve([place('p', coords(39.99148, 116.3317, 'wgs84', { city }))]);
      assert.deepEqual(problems, [], city);
      assert.ok(pins.has('p'), city);
    }
  });

  test('a location without coordinates, or with incomplete ones, gives no pin and no problem here', () => {
    const { pins, problems } = resolve([
      place('address-only', { city: 'Peking', district: 'Haidian', address_de: 'Irgendwo' }),
      place('no-datum', { city: 'Peking', lat: 39.99, lon: 116.33, precision: 'building' }),
      place('no-precision', { city: 'Peking', lat: 39.99, lon: 116.33, datum: 'wgs84' }),
      place('no-location'),
    ]);
    assert.deepEqual(problems, []);
    assert.equal(pins.size, 0);
  });
});

describe('coordinates that cannot be right', () => {
  test('outside Beijing when the city is Peking (the default), at the latitude, with no pin', () => {
    const shanghai = coords(31.23, 121.47);
    delete shanghai.city;
    const { pins, problems } = resolve([place('shanghai-office', shanghai)]);
    assert.deepEqual(problems, [
      {
        file: 'content/places/shanghai-office.mdx',
        field: 'location.lat',
        line: 22,
        column: 3,
        message: '31.23, 121.47 (wgs84) lies outside Beijing',
        fix: 'check that lat and lon are not swapped or mistyped, or set "city" to the city where the entry really is',
      },
    ]);
    assert.equal(pins.size, 0);
  });

  test('swapped latitude and longitude', () => {
    const { pins, problems } = resolve([place('swapped', coords(116.32667, 40.0))]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.message, '116.32667, 40 (wgs84) lies outside Beijing');
    assert.match(problems[0]!.fix!, /swapped/);
    assert.equal(pins.size, 0);
  });

  test('another city with coordinates in Beijing, at the city field', () => {
    const { pins, problems } = resolve([place('not-hangzhou', coords(39.99148, 116.3317, 'wgs84', { city: 'Hangzhou' }))]);
    assert.deepEqual(problems, [
      { file: 'content/places/not-hangzhou.mdx', field: 'location.city', line: 20, column: 3, message: 'the city is "Hangzhou", but the coordinates lie in Beijing', fix: 'correct the city or the coordinates' },
    ]);
    assert.equal(pins.size, 0);
  });

  test('district Haidian with a point in Chaoyang (Sanlitun) or at Tiananmen, and no pin', () => {
    for (const [lat, lon] of [[39.9219, 116.4436], [39.9087, 116.3975]] as const) {
      const { pins, problems } = resolve([place('outside', coords(lat, lon, 'wgs84', { district: 'Haidian' }))]);
      assert.deepEqual(problems, [
        {
          file: 'content/places/outside.mdx',
          field: 'location.lat',
          line: 22,
          column: 3,
          message: `${lat}, ${lon} (wgs84) lies outside Haidian district, but "district" is Haidian`,
          fix: 'check the coordinates and their datum (Amap gives gcj02, Baidu bd09), or correct "district"',
        },
      ]);
      assert.equal(pins.size, 0);
    }
  });

  test('a point in Chaoyang is pinned when the district is not Haidian', () => {
    const { pins, problems } = resolve([place('sanlitun', coords(39.9219, 116.4436, 'wgs84', { district: 'Chaoyang' }))]);
    assert.deepEqual(problems, []);
    assert.deepEqual(pins.get('sanlitun'), { lat: 39.9219, lon: 116.4436, precision: 'building', from: 'sanlitun' });
  });

  test('a Haidian point about 100 m outside the outline passes within the tolerance only', () => {
    // A square of 0.01°; the point lies 0.00117° (about 100 m at this latitude) east of its east side.
    const square: Ring = [[116.3, 40.0], [116.31, 40.0], [116.31, 40.01], [116.3, 40.01], [116.3, 40.0]];
    const edge = place('edge', coords(40.005, 116.31117, 'wgs84', { district: 'Haidian' }));
    assert.deepEqual(resolve([edge], { haidian: square, haidianToleranceMeters: 300 }).problems, []);
    assert.deepEqual(resolve([edge], { haidian: square, haidianToleranceMeters: 150 }).problems, []);
    assert.equal(resolve([edge], { haidian: square, haidianToleranceMeters: 50 }).problems.length, 1);
    assert.equal(resolve([edge], { haidian: square, haidianToleranceMeters: 0 }).problems.length, 1);
  });

  test('own coordinates together with located_in are refused', () => {
    const { pins, problems } = resolve([place('tower', coords(39.99245, 116.32771)), place('startup', coords(39.99245, 116.32771), 'tower')]);
    assert.deepEqual(problems, [
      {
        file: 'content/places/startup.mdx',
        field: 'location.lat',
        line: 22,
        column: 3,
        message: 'the entry has its own coordinates and also "located_in"',
        fix: 'keep only one: remove lat/lon to use the pin of the place in "located_in", or remove "located_in"',
      },
    ]);
    assert.ok(pins.has('tower'));
    assert.equal(pins.has('startup'), false);
  });

  test('half a coordinate is no point: no pin, no problem here, and no pin from the place either', () => {
    const tower = place('tower', coords(39.99245, 116.32771));
    const latOnly = place('lat-only', { city: 'Peking', lat: 39.99, datum: 'wgs84', precision: 'building' }, 'tower');
    const lonOnly = place('lon-only', { city: 'Peking', lon: 116.33, datum: 'wgs84', precision: 'building' }, 'tower');
    const alone = place('alone', { city: 'Peking', lat: 39.99, datum: 'wgs84', precision: 'building' });
    const { pins, problems } = resolve([tower, latOnly, lonOnly, alone]);
    assert.deepEqual(problems, []);
    assert.deepEqual([...pins.keys()], ['tower']);
  });
});

describe('another city', () => {
  test('an entry in Hangzhou with Hangzhou coordinates is neither pinned nor reported', () => {
    const { pins, problems } = resolve([place('hangzhou-office', coords(30.274, 120.155, 'wgs84', { city: 'Hangzhou' }))]);
    assert.deepEqual(problems, []);
    assert.equal(pins.size, 0);
  });

  test('an entry based in another city does not inherit the pin of its Beijing office', () => {
    const { pins, problems } = resolve([
      place('office-building', coords(39.99245, 116.32771, 'wgs84', { district: 'Haidian' })),
      place('remote-co', { city: 'Hangzhou' }, { id: 'office-building', role: 'Pekinger Büro' }),
    ]);
    assert.deepEqual(problems, []);
    assert.ok(pins.has('office-building'));
    assert.equal(pins.has('remote-co'), false);
  });
});

describe('located_in chains', () => {
  const campus = place('campus', coords(40.0, 116.32667, 'wgs84', { district: 'Haidian', precision: 'area' }));

  test('the pin is inherited along the chain, from the place with coordinates, whatever the order of the entries', () => {
    const expected = { lat: 40.0, lon: 116.32667, precision: 'area', from: 'campus' };
    for (const entries of [
      [place('startup', undefined, { id: 'building', role: '3. Stock' }), place('building', undefined, 'campus'), campus],
      [campus, place('building', undefined, 'campus'), place('startup', undefined, { id: 'building', role: '3. Stock' })],
    ]) {
      const { pins, problems } = resolve(entries);
      assert.deepEqual(problems, []);
      assert.deepEqual(pins.get('startup'), expected);
      assert.deepEqual(pins.get('building'), expected);
      assert.notEqual(pins.get('startup'), pins.get('campus'));
    }
  });

  test('an entry in Peking without coordinates inherits too', () => {
    const { pins } = resolve([campus, place('lab', { city: 'Peking', district: 'Haidian' }, 'campus')]);
    assert.equal(pins.get('lab')!.from, 'campus');
  });

  test('no pin when the chain ends at a place without coordinates or at a missing entry', () => {
    const { pins, problems } = resolve([place('startup', undefined, 'building'), place('building'), place('lost', undefined, 'nowhere')]);
    assert.deepEqual(problems, []);
    assert.equal(pins.size, 0);
  });

  test('no pin is inherited from a place whose coordinates were rejected', () => {
    const { pins, problems } = resolve([place('startup', undefined, 'wrong-place'), place('wrong-place', coords(39.9219, 116.4436, 'wgs84', { district: 'Haidian' }))]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.file, 'content/places/wrong-place.mdx');
    assert.equal(pins.size, 0);
  });

  test('a circle is reported for each entry on it, with the chain, at located_in', () => {
    const { pins, problems } = resolve([place('a-place', undefined, 'b-place'), place('b-place', undefined, 'a-place')]);
    assert.deepEqual(problems, [
      { file: 'content/places/a-place.mdx', field: 'located_in', line: 30, column: 13, message: '"located_in" goes round in a circle (a-place → b-place → a-place)', fix: 'make the chain end at a place with coordinates' },
      { file: 'content/places/b-place.mdx', field: 'located_in', line: 30, column: 13, message: '"located_in" goes round in a circle (b-place → a-place → b-place)', fix: 'make the chain end at a place with coordinates' },
    ]);
    assert.equal(pins.size, 0);
  });

  test('a circle reached through a chain is reported for the entry that leads into it', () => {
    const { problems } = resolve([place('startup', undefined, 'a-place'), place('a-place', undefined, 'b-place'), place('b-place', undefined, 'a-place')]);
    assert.equal(problems.find((p) => p.file === 'content/places/startup.mdx')?.message, '"located_in" goes round in a circle (startup → a-place → b-place → a-place)');
  });

  test('an entry located in itself is a circle', () => {
    const { problems } = resolve([place('self', undefined, 'self')]);
    assert.deepEqual(problems.map((p) => p.message), ['"located_in" goes round in a circle (self → self)']);
  });
});

describe('places that would look like one', () => {
  // Surveyed points from shared/geo/places.csv: the Dongsheng Building's frontage (the only checked
  // point on Zhongguancun East Road) and Wudaokou station, 0.39 km apart (its note: "about 340 m west").
  const dongsheng = coords(39.99245, 116.32771, 'wgs84', { district: 'Haidian' });
  test('a street whose representative point is a building’s point is refused, naming both', () => {
    const { problems, pins } = resolve([place('dongsheng-building', dongsheng), place('east-road', { ...dongsheng, precision: 'street' })]);
    assert.deepEqual(problems.map((p) => [p.file, p.field, p.line, p.message]), [
      ['content/places/east-road.mdx', 'location.lat', 22, 'the point of "east-road" is 0 m from the point of "dongsheng-building" (content/places/dongsheng-building.mdx): the map would show them as one place'],
    ]);
    assert.ok(pins.has('dongsheng-building'));
    assert.equal(
      problems[0]!.fix,
      'if "east-road" is in "dongsheng-building", remove its coordinates and write located_in: dongsheng-building; otherwise give it a checked point of its own, or none (a street\'s representative point may not be a building\'s point)',
    );
  });
  test('two points 20 m apart are refused, 40 m apart are not (30 m: one marker at the closest zoom)', () => {
    // 0.00018° of latitude is about 20 m, 0.00036° about 40 m.
    assert.equal(resolve([place('a', dongsheng), place('b', { ...dongsheng, lat: 39.99245 + 0.00018 })]).problems.length, 1);
    assert.equal(resolve([place('a', dongsheng), place('b', { ...dongsheng, lat: 39.99245 + 0.00036 })]).problems.length, 0);
  });
  test('places far apart, and an entry inheriting the point of the place it is in, are fine', () => {
    const { problems, pins } = resolve([place('dongsheng-building', dongsheng), place('station', coords(39.99148, 116.3317, 'wgs84', { precision: 'building' })), place('company', undefined, 'dongsheng-building')]);
    assert.deepEqual(problems, []);
    assert.deepEqual(pins.get('company'), { lat: 39.99245, lon: 116.32771, precision: 'building', from: 'dongsheng-building' });
  });
  test('an inherited pin keeps the precision of the place: a company on a street is shown as the street', () => {
    const street: Partial<Location> = coords(39.97502, 116.32866, 'wgs84', { precision: 'street', district: 'Haidian' }); // Zhichun Road's representative point
    const { pins } = resolve([place('zhichun-road', street), place('company', undefined, 'zhichun-road')]);
    assert.equal(pins.get('company')!.precision, 'street');
    assert.equal(pins.get('company')!.from, 'zhichun-road');
  });
});
