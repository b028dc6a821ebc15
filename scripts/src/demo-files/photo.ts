import { checkSize, type Raster, type Rgb } from './raster';
import { seededRandom } from './seeded';

type Shape =
  | { kind: 'disc'; cx: number; cy: number; r: number; color: Rgb }
  | { kind: 'box'; x0: number; y0: number; x1: number; y1: number; color: Rgb };

function color(random: () => number): Rgb {
  return [Math.floor(random() * 256), Math.floor(random() * 256), Math.floor(random() * 256)];
}

function inside(shape: Shape, x: number, y: number): boolean {
  if (shape.kind === 'disc') return (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= shape.r ** 2;
  return x >= shape.x0 && x < shape.x1 && y >= shape.y0 && y < shape.y1;
}

/**
 * A photo-like RGB raster derived from `seed` alone: a vertical gradient between two seeded colours with 2 to 6
 * seeded discs and boxes on it. Different seeds give different dominant colours, so demo labelers that derive
 * labels from pixels answer differently per image.
 */
export function photoRaster(width: number, height: number, seed: number | string): Raster {
  checkSize(width, height);
  const random = seededRandom(seed);
  const top = color(random);
  const bottom = color(random);
  const shapes: Shape[] = [];
  const count = 2 + Math.floor(random() * 5);
  for (let i = 0; i < count; i += 1) {
    if (random() < 0.5) {
      const r = Math.max(1, Math.floor(random() * Math.min(width, height) * 0.3));
      shapes.push({ kind: 'disc', cx: random() * width, cy: random() * height, r, color: color(random) });
    } else {
      const x0 = Math.floor(random() * width);
      const y0 = Math.floor(random() * height);
      const x1 = x0 + 1 + Math.floor(random() * width * 0.5);
      const y1 = y0 + 1 + Math.floor(random() * height * 0.5);
      shapes.push({ kind: 'box', x0, y0, x1, y1, color: color(random) });
    }
  }
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    const t = height === 1 ? 0 : y / (height - 1);
    const row: Rgb = [0, 1, 2].map((c) => Math.round((top[c] ?? 0) * (1 - t) + (bottom[c] ?? 0) * t)) as unknown as Rgb;
    for (let x = 0; x < width; x += 1) {
      let pixel = row;
      for (const shape of shapes) if (inside(shape, x, y)) pixel = shape.color;
      data.set(pixel, (y * width + x) * 3);
    }
  }
  return { width, height, channels: 3, data };
}
