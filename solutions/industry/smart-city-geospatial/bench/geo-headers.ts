/**
 * `make bench` section: per-file cost of this pattern's pure work: shapefile/dbf/LAS header parses, a GeoJSON parse
 * of 10,000 features, proj4 box normalisation and the L1 distance, each repeated and timed.
 */
import { writeLas } from '../scripts/demo-data/las-writer';
import { writeShapefile } from '../scripts/demo-data/shapefile-writer';
import { normaliseBBox } from '../src/domain/crs';
import { parseGeoJson } from '../src/domain/formats/geojson';
import { parseLasHeader } from '../src/domain/formats/las';
import { parseDbfHeader, parseShpHeader } from '../src/domain/formats/shapefile';
import { l1Distance } from '../src/domain/land-use';

/** The shape of a `make bench` section (see scripts/src/bench/section.ts). */
export interface BenchSectionLike {
  title: string;
  run(context: { root: string }): Promise<string>;
}

const REPEAT = 20_000;

function time(name: string, repeat: number, work: () => void): string {
  const started = performance.now();
  for (let i = 0; i < repeat; i++) work();
  const ms = performance.now() - started;
  return `| ${name} | ${repeat.toLocaleString('en-US')} | ${ms.toFixed(0)} | ${((ms * 1000) / repeat).toFixed(2)} |`;
}

async function run(): Promise<string> {
  const set = writeShapefile({
    polygons: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
    fields: [{ name: 'LANDUSE', length: 16 }],
    records: [['park']],
  });
  const las = writeLas({ points: [[1, 2, 3]] });
  const features = Array.from({ length: 10_000 }, (_, i) => ({
    type: 'Feature',
    properties: { landuse: i % 3 === 0 ? 'park' : 'residential' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [i, 0],
          [i + 1, 0],
          [i + 1, 1],
          [i, 0],
        ],
      ],
    },
  }));
  const geojson = JSON.stringify({ type: 'FeatureCollection', features });
  const rows = [
    time('.shp header (100 bytes)', REPEAT, () => parseShpHeader(set.shp)),
    time('.dbf header', REPEAT, () => parseDbfHeader(set.dbf)),
    time('LAS public header block', REPEAT, () => parseLasHeader(las)),
    time('bbox EPSG:3857 -> 4326 (proj4, 9 points)', REPEAT, () => normaliseBBox([1e6, 4e6, 1.1e6, 4.1e6], 3857)),
    time('L1 distance (8 classes)', REPEAT, () => l1Distance({ green: 0.5, water: 0.5 }, { residential: 1 })),
    time(
      `GeoJSON parse, ${features.length.toLocaleString('en-US')} polygons (${(geojson.length / 2 ** 20).toFixed(1)} MiB)`,
      10,
      () => parseGeoJson(geojson),
    ),
  ];
  return ['| Work | Repeats | ms | µs each |', '| --- | ---: | ---: | ---: |', ...rows].join('\n');
}

/** Header parses, projection and L1 per call. */
export const smartCityGeoSection: BenchSectionLike = {
  title: 'Smart city geospatial: header parses, projection, L1',
  run,
};
