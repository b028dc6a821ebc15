/**
 * Inventory counts and shelf occupancy from an image's labels (the ImageLabeler port). The rules:
 *
 * - pallets: the `Pallet` label's located instances (1 when the label has none located);
 * - boxes: the largest count among `Box`, `Carton`, `Cardboard` and `Package` (the service names one stack of
 *   boxes under several of these, so they are not added);
 * - shelves: the `Shelf` or `Rack` label's instances (1 when none located);
 * - occupancy, in percent: with shelves and boxes counted, boxes / (shelves x BoxesPerShelf), at most 100;
 *   otherwise, when the labeler measured colours (DemoMode), the share of the image in cardboard and wood colours
 *   (`Orange`, `Yellow`); otherwise unknown, and the photo goes to review;
 * - status: EMPTY below 10 %, LOW below 40 %, NORMAL below 85 %, FULL from 85 %.
 */
import type { Label } from '@fsxn-s3ap/shared/ai';

export const PALLET_LABELS = ['Pallet'] as const;
export const BOX_LABELS = ['Box', 'Carton', 'Cardboard', 'Package'] as const;
export const SHELF_LABELS = ['Shelf', 'Rack'] as const;
export const STOCK_COLOURS = ['Orange', 'Yellow'] as const;

export type OccupancyStatus = 'EMPTY' | 'LOW' | 'NORMAL' | 'FULL' | 'UNKNOWN';

/** What one photo shows. */
export interface InventoryCounts {
  pallets: number;
  boxes: number;
  shelves: number;
  /** Percent 0-100, or null when the labels do not tell. */
  occupancyPercent: number | null;
  occupancyBasis: 'counts' | 'colours' | 'none';
  status: OccupancyStatus;
  /** Lowest confidence of the labels the counts rest on (100 when the counts rest on none). */
  confidence: number;
}

const countOf = (label: Label) => label.instances ?? 1;

function largest(labels: readonly Label[], names: readonly string[]): { count: number; used: Label[] } {
  const used = labels.filter((label) => names.includes(label.name));
  return { count: used.reduce((most, label) => Math.max(most, countOf(label)), 0), used };
}

/** The status band of an occupancy percentage. */
export function statusOf(percent: number | null): OccupancyStatus {
  if (percent === null) return 'UNKNOWN';
  if (percent < 10) return 'EMPTY';
  if (percent < 40) return 'LOW';
  return percent < 85 ? 'NORMAL' : 'FULL';
}

/** Applies the rules above to one image's labels. */
export function inventoryCounts(labels: readonly Label[], boxesPerShelf: number): InventoryCounts {
  const pallets = largest(labels, PALLET_LABELS);
  const boxes = largest(labels, BOX_LABELS);
  const shelves = largest(labels, SHELF_LABELS);
  const colours = labels.filter(
    (label) => label.parents.includes('Colour') && (STOCK_COLOURS as readonly string[]).includes(label.name),
  );
  const measured = labels.some((label) => label.parents.includes('Colour') || label.parents.includes('Brightness'));
  let occupancyPercent: number | null = null;
  let occupancyBasis: InventoryCounts['occupancyBasis'] = 'none';
  if (shelves.count > 0 && boxes.count > 0) {
    occupancyPercent = Math.min(100, Math.round((1000 * boxes.count) / (shelves.count * boxesPerShelf)) / 10);
    occupancyBasis = 'counts';
  } else if (measured) {
    const share = colours.reduce((sum, label) => sum + label.confidence, 0);
    occupancyPercent = Math.min(100, Math.round(share * 10) / 10);
    occupancyBasis = 'colours';
  }
  const used = [...pallets.used, ...boxes.used, ...shelves.used];
  return {
    pallets: pallets.count,
    boxes: boxes.count,
    shelves: shelves.count,
    occupancyPercent,
    occupancyBasis,
    status: statusOf(occupancyPercent),
    confidence: used.reduce((lowest, label) => Math.min(lowest, label.confidence), 100),
  };
}
