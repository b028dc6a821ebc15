/**
 * Every demo file, by path under demo-data/: GeoJSON areas (one in EPSG:3857, two observations of the same area
 * with a land-use change), a shapefile set in UTM zone 54N, a corrupt shapefile (file code 9995), a GeoPackage
 * header file, a LAS 1.2 point cloud, and a GeoTIFF in UTM zone 54N with a quick-look PNG. Deterministic.
 */
import { encodePng } from '@fsxn-s3ap/tools/demo-files';
import { demoGeoTiff } from './geotiff-demo';
import { writeGpkgHeader } from './gpkg-writer';
import { harbour2024, harbour2025, riverside3857 } from './geojson-areas';
import { writeLas } from './las-writer';
import { writeShapefile } from './shapefile-writer';

const UTM54_WKT =
  'PROJCS["WGS 84 / UTM zone 54N",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],' +
  'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],' +
  'PARAMETER["central_meridian",141],PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],' +
  'UNIT["metre",1],AUTHORITY["EPSG","32654"]]';

const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 1)}\n`);
const rect = (x: number, y: number, w: number, h: number): Array<[number, number]> => [
  [x, y],
  [x, y + h],
  [x + w, y + h],
  [x + w, y],
  [x, y],
];

/** A thumbnail: left 60 % green, right 40 % blue (the labeler sees park and water). */
function thumbnail(): Uint8Array {
  const width = 20;
  const height = 10;
  const data = new Uint8Array(width * height * 3);
  for (let p = 0; p < width * height; p++) data.set((p % width) < 12 ? [40, 150, 60] : [30, 80, 200], p * 3);
  return encodePng({ width, height, channels: 3, data });
}

/** A 20 x 20 m grid of points rising from 3 m to 43 m along y (a slope under a bridge). */
function bridgePoints(): Array<[number, number, number]> {
  const points: Array<[number, number, number]> = [];
  for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) points.push([386000 + i * 5, 3947000 + j * 5, 3 + j * 10]);
  return points;
}

/** Every demo file by its path under demo-data/. */
export function demoFiles(): Record<string, Uint8Array> {
  const ward = writeShapefile({
    polygons: [rect(386000, 3947000, 400, 300), rect(386400, 3947000, 200, 300), rect(386600, 3947000, 100, 300)],
    fields: [
      { name: 'NAME', length: 16 },
      { name: 'LANDUSE', length: 16 },
    ],
    records: [
      ['block-a', 'residential'],
      ['block-b', 'commercial'],
      ['block-c', 'park'],
    ],
    prj: UTM54_WKT,
  });
  const broken = writeShapefile({ polygons: [rect(0, 0, 1, 1)], fields: [], records: [[]], fileCode: 9995 });
  const files: Record<string, Uint8Array> = {
    'gis/areas/harbour-2024.geojson': json(harbour2024),
    'gis/areas/harbour-2025.geojson': json(harbour2025),
    'gis/areas/riverside-3857.geojson': json(riverside3857),
    'gis/parcels/ward.shp': ward.shp,
    'gis/parcels/ward.shx': ward.shx,
    'gis/parcels/ward.dbf': ward.dbf,
    'gis/parcels/broken.shp': broken.shp,
    'gis/packages/city.gpkg': writeGpkgHeader(),
    'gis/lidar/bridge.las': writeLas({ points: bridgePoints() }),
    'gis/imagery/ortho.tif': demoGeoTiff({
      width: 16,
      height: 16,
      origin: [386000, 3947300],
      pixelSize: [20, 20],
      epsg: 32654,
    }),
    'gis/imagery/ortho.png': thumbnail(),
  };
  if (ward.prj !== undefined) files['gis/parcels/ward.prj'] = ward.prj;
  return files;
}
