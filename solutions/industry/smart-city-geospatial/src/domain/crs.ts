/**
 * Coordinate reference systems normalised to EPSG:4326 with proj4: a bounding box in a source CRS becomes the box
 * around its projected corners and edge midpoints, and its centre the centroid. Supported: EPSG:4326, EPSG:3857 and
 * the WGS 84 UTM zones (326xx north, 327xx south); anything else is a CrsNotSupportedError.
 */
import proj4 from 'proj4';
import { CrsNotSupportedError } from '../errors';

/** [xmin, ymin, xmax, ymax]. */
export type BBox = [number, number, number, number];

/** A box placed on WGS 84 longitude/latitude. */
export interface Normalised {
  sourceEpsg: number;
  bbox4326: BBox;
  centroid4326: [number, number];
}

/** The proj4 definition of an EPSG code this pattern supports. */
export function projDefinition(epsg: number): string {
  if (epsg === 4326) return 'EPSG:4326';
  if (epsg === 3857) return 'EPSG:3857';
  const zone = epsg % 100;
  if ((epsg - zone === 32600 || epsg - zone === 32700) && zone >= 1 && zone <= 60) {
    return `+proj=utm +zone=${zone}${epsg >= 32700 ? ' +south' : ''} +datum=WGS84 +units=m +no_defs`;
  }
  throw new CrsNotSupportedError(`EPSG:${epsg} is not one this pattern projects (4326, 3857, 326xx, 327xx)`);
}

const round = (value: number) => Math.round(value * 1e7) / 1e7;

type Project = (point: [number, number]) => [number, number];
/** Converters by EPSG code: proj4 parses a definition once per code, not once per box. */
const converters = new Map<number, Project>();

function converterFor(epsg: number): Project {
  let project = converters.get(epsg);
  if (project === undefined) {
    const definition = projDefinition(epsg);
    if (epsg === 4326) project = (point) => point;
    else {
      const converter = proj4(definition, 'EPSG:4326');
      project = (point) => converter.forward(point) as [number, number];
    }
    converters.set(epsg, project);
  }
  return project;
}

/** The box in EPSG:4326 around `bbox` given in `epsg`, and its centroid. */
export function normaliseBBox(bbox: BBox, epsg: number): Normalised {
  const [xmin, ymin, xmax, ymax] = bbox;
  const project = converterFor(epsg);
  const xmid = (xmin + xmax) / 2;
  const ymid = (ymin + ymax) / 2;
  const points: Array<[number, number]> = [
    [xmin, ymin],
    [xmin, ymax],
    [xmax, ymin],
    [xmax, ymax],
    [xmid, ymin],
    [xmid, ymax],
    [xmin, ymid],
    [xmax, ymid],
  ].map((point) => project(point as [number, number]));
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  if (![...xs, ...ys].every(Number.isFinite)) {
    throw new CrsNotSupportedError(`bbox ${bbox.join(',')} does not project from EPSG:${epsg} to EPSG:4326`);
  }
  const out: BBox = [round(Math.min(...xs)), round(Math.min(...ys)), round(Math.max(...xs)), round(Math.max(...ys))];
  const centre = project([xmid, ymid]);
  return { sourceEpsg: epsg, bbox4326: out, centroid4326: [round(centre[0]), round(centre[1])] };
}
