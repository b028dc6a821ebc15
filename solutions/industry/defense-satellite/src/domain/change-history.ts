/** The change history of tiles: the port, the record, and how one acquisition compares with the previous one. */
import type { TileState } from './detection';

/** One detection of one tile at one acquisition time (an item of `<stack>-change-history`). */
export interface TileRecord {
  /** `<scene>#<row>_<col>`: the scene is the file's folder, so acquisitions of one scene share tile ids. */
  tile_id: string;
  /** Acquisition time, ISO 8601. */
  timestamp: string;
  state: TileState;
  ratio: number;
  /** Geohash of the tile centre (precision 7), when the CRS is known. */
  geohash?: string;
  area_km2: number;
  key: string;
  /** Epoch seconds when DynamoDB's TTL deletes the item. */
  expires_at: number;
}

/** Reads and writes the history (DynamoDB in AWS, a map in tests). */
export interface ChangeHistory {
  /** The latest record of `tileId` strictly before `timestamp`, if any. */
  previous(tileId: string, timestamp: string): Promise<TileRecord | undefined>;
  put(records: readonly TileRecord[]): Promise<void>;
}

/** A tile whose state differs from its previous acquisition. */
export interface TileChange {
  tileId: string;
  from: TileState;
  to: TileState;
  since: string;
  areaKm2: number;
  geohash?: string;
}

/** Compares `records` with their previous acquisitions, then stores them. */
export async function compareAndStore(history: ChangeHistory, records: readonly TileRecord[]): Promise<TileChange[]> {
  const changes: TileChange[] = [];
  for (const record of records) {
    const previous = await history.previous(record.tile_id, record.timestamp);
    if (previous && previous.state !== record.state) {
      const change: TileChange = {
        tileId: record.tile_id,
        from: previous.state,
        to: record.state,
        since: previous.timestamp,
        areaKm2: record.area_km2,
      };
      if (record.geohash) change.geohash = record.geohash;
      changes.push(change);
    }
  }
  await history.put(records);
  return changes;
}
