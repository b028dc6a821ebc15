/**
 * GeoJSON facts from a size-capped parse: features, geometry types, the bbox computed from the coordinates, the
 * `crs` member's EPSG code if present (else EPSG:4326, as RFC 7946 says), and per-feature land-use weights (the
 * `landuse` property, weighted by polygon area in the source CRS; features without area weigh 1).
 */
import { GeoJsonFormatError } from '../../errors';
import type { BBox } from '../crs';

/** What one GeoJSON file says. */
export interface GeoJsonFacts {
  features: number;
  geometryTypes: Record<string, number>;
  bbox: BBox;
  epsg: number;
  /** Land-use class (raw property value) to its weight. */
  landUseWeights: Record<string, number>;
  /** Features with a `building` property or land use `building`: a density input of the risk rules. */
  buildings: number;
  /** The collection's `area_id` (or `name`) foreign member, naming the area across observations. */
  areaId?: string;
  /** The collection's `observed_at` foreign member (ISO 8601). */
  observedAt?: string;
}

type Json = unknown;
const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The EPSG code of a legacy `crs` member (`EPSG:3857`, `urn:ogc:def:crs:EPSG::3857`, OGC CRS84 = 4326). */
export function epsgFromCrsMember(crs: Json): number {
  if (!isObject(crs) || !isObject(crs.properties) || typeof crs.properties.name !== 'string') return 4326;
  const name = crs.properties.name;
  if (name.endsWith('CRS84')) return 4326;
  const code = Number.parseInt(name.slice(name.lastIndexOf(':') + 1), 10);
  if (!Number.isInteger(code) || code <= 0)
    throw new GeoJsonFormatError(`crs name '${name.slice(0, 80)}' has no EPSG code`);
  return code;
}

/** Shoelace area of a ring (absolute, source units squared). */
function ringArea(ring: Json): number {
  if (!Array.isArray(ring)) return 0;
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as number[];
    const [x2, y2] = ring[i + 1] as number[];
    sum += (x1 ?? 0) * (y2 ?? 0) - (x2 ?? 0) * (y1 ?? 0);
  }
  return Math.abs(sum) / 2;
}

function geometryArea(geometry: Record<string, Json>): number {
  const c = geometry.coordinates;
  if (geometry.type === 'Polygon' && Array.isArray(c))
    return ringArea(c[0]) - c.slice(1).reduce((s: number, r) => s + ringArea(r), 0);
  if (geometry.type === 'MultiPolygon' && Array.isArray(c)) {
    return c.reduce(
      (s: number, polygon) =>
        s + (Array.isArray(polygon) ? geometryArea({ type: 'Polygon', coordinates: polygon }) : 0),
      0,
    );
  }
  return 0;
}

/** Walks nested coordinate arrays (depth at most 4) into the box. */
function extend(box: BBox, coords: Json, depth: number, where: string): void {
  if (!Array.isArray(coords)) throw new GeoJsonFormatError(`${where}: coordinates are not an array`);
  if (typeof coords[0] === 'number') {
    const [x, y] = coords as number[];
    if (!Number.isFinite(x) || !Number.isFinite(y))
      throw new GeoJsonFormatError(`${where}: a position is not two numbers`);
    box[0] = Math.min(box[0], x as number);
    box[1] = Math.min(box[1], y as number);
    box[2] = Math.max(box[2], x as number);
    box[3] = Math.max(box[3], y as number);
    return;
  }
  if (depth >= 4) throw new GeoJsonFormatError(`${where}: coordinates nest deeper than a MultiPolygon`);
  for (const child of coords) extend(box, child, depth + 1, where);
}

/** Parses GeoJSON text (already size-capped by the caller). The offset of a syntax error is JSON.parse's. */
export function parseGeoJson(text: string): GeoJsonFacts {
  let root: Json;
  try {
    root = JSON.parse(text);
  } catch (error) {
    throw new GeoJsonFormatError(`not JSON: ${(error as Error).message}`);
  }
  if (!isObject(root)) throw new GeoJsonFormatError('top level is not an object at offset 0');
  const features: Json[] =
    root.type === 'FeatureCollection' && Array.isArray(root.features)
      ? root.features
      : root.type === 'Feature'
        ? [root]
        : [{ type: 'Feature', geometry: root, properties: {} }];
  const facts: GeoJsonFacts = {
    features: features.length,
    geometryTypes: {},
    bbox: [Infinity, Infinity, -Infinity, -Infinity],
    epsg: epsgFromCrsMember(root.crs),
    landUseWeights: {},
    buildings: 0,
  };
  const areaId =
    typeof root.area_id === 'string' ? root.area_id : typeof root.name === 'string' ? root.name : undefined;
  if (areaId !== undefined) facts.areaId = areaId;
  if (typeof root.observed_at === 'string' && Number.isFinite(Date.parse(root.observed_at))) {
    facts.observedAt = new Date(root.observed_at).toISOString();
  }
  features.forEach((feature, index) => {
    const where = `feature ${index}`;
    if (!isObject(feature) || !isObject(feature.geometry) || typeof feature.geometry.type !== 'string') {
      throw new GeoJsonFormatError(`${where} has no geometry with a type`);
    }
    const geometry = feature.geometry;
    facts.geometryTypes[geometry.type as string] = (facts.geometryTypes[geometry.type as string] ?? 0) + 1;
    extend(facts.bbox, geometry.coordinates, 0, where);
    const properties = isObject(feature.properties) ? feature.properties : {};
    const landuse = typeof properties.landuse === 'string' ? properties.landuse : undefined;
    if (landuse !== undefined) {
      facts.landUseWeights[landuse] = (facts.landUseWeights[landuse] ?? 0) + (geometryArea(geometry) || 1);
    }
    if (properties.building !== undefined || landuse === 'building') facts.buildings += 1;
  });
  if (!facts.bbox.every(Number.isFinite)) throw new GeoJsonFormatError('no coordinates: the bbox is empty');
  return facts;
}
