/** What one file gives the run summary, how the summaries add up, and the report's sections. */
import {
  addCounts,
  countsSection,
  type ReportSection,
  type ReportSpec,
  type SummaryReducer,
  sumFields,
} from '@fsxn-s3ap/shared/workflow';
import type { TileChange } from './change-history';

/** The outcome of one file. */
export interface FileOutcome {
  key: string;
  format: string;
  reads: number;
  bytesRead: number;
  tiles: number;
  changes: TileChange[];
  changedAreaKm2: number;
  alert: boolean;
  labels?: string[];
}

/** Run totals. */
export interface SatelliteSummary {
  byFormat: Record<string, number>;
  tiles: number;
  changedTiles: number;
  changedAreaKm2: number;
  rangeReads: number;
  bytesRead: number;
  /** Files whose changed area reached the threshold, sorted by key (at most {@link MAX_ALERTS}). */
  alerts: { key: string; changedAreaKm2: number; changedTiles: number }[];
}

/** Alerts listed in the summary; the alert JSON files hold every one. */
export const MAX_ALERTS = 50;

const round = (value: number) => Math.round(value * 1e4) / 1e4;

function merge(a: SatelliteSummary, b: SatelliteSummary): SatelliteSummary {
  return {
    ...sumFields(a, b, ['tiles', 'changedTiles', 'rangeReads', 'bytesRead']),
    byFormat: addCounts(a.byFormat, b.byFormat),
    changedAreaKm2: round(a.changedAreaKm2 + b.changedAreaKm2),
    alerts: [...a.alerts, ...b.alerts].sort((x, y) => x.key.localeCompare(y.key)).slice(0, MAX_ALERTS),
  };
}

const empty = (): SatelliteSummary => ({
  byFormat: {},
  tiles: 0,
  changedTiles: 0,
  changedAreaKm2: 0,
  rangeReads: 0,
  bytesRead: 0,
  alerts: [],
});

export const satelliteSummary: SummaryReducer<FileOutcome, SatelliteSummary> = {
  empty,
  merge,
  add: (total, outcome) =>
    merge(total, {
      byFormat: { [outcome.format]: 1 },
      tiles: outcome.tiles,
      changedTiles: outcome.changes.length,
      changedAreaKm2: outcome.changedAreaKm2,
      rangeReads: outcome.reads,
      bytesRead: outcome.bytesRead,
      alerts: outcome.alert
        ? [{ key: outcome.key, changedAreaKm2: outcome.changedAreaKm2, changedTiles: outcome.changes.length }]
        : [],
    }),
};

export const satelliteReport: ReportSpec<SatelliteSummary> = {
  title: 'Satellite imagery: tiles, changes and alerts',
  summary: satelliteSummary,
  sections(summary): ReportSection[] {
    return [
      {
        title: 'Tiles and changes',
        facts: [
          ['Tiles planned', summary.tiles],
          ['Tiles changed since their previous acquisition', summary.changedTiles],
          ['Changed area (km2)', summary.changedAreaKm2],
          ['Header range reads', summary.rangeReads],
          ['Header bytes read', summary.bytesRead],
        ],
      },
      {
        title: 'Change alerts',
        columns: ['File', 'Changed area (km2)', 'Changed tiles'],
        rows: summary.alerts.map((alert) => [alert.key, alert.changedAreaKm2, alert.changedTiles]),
      },
      countsSection('By format', ['Format', 'Files'], summary.byFormat),
    ];
  },
};
