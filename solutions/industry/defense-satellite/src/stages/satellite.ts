/**
 * The per-file stage: the source's five Map steps (tiling, object detection, change detection, geo enrichment,
 * alert generation) run in series as domain modules in one invocation per batch. One result JSON per file, an
 * alert JSON (and SNS message) when the changed area reaches ChangeAreaThresholdKm2.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createImageLabeler, type ImageLabeler, MAX_LABEL_IMAGE_BYTES } from '@fsxn-s3ap/shared/ai';
import { ConfigError } from '@fsxn-s3ap/shared/errors';
import { createAwsClient } from '@fsxn-s3ap/shared/observability';
import { createSnsNotifier, type ItemStage, type Notifier, objectResultKey } from '@fsxn-s3ap/shared/workflow';
import { dynamoChangeHistory } from '../adapters/dynamo-change-history';
import { type ChangeHistory, compareAndStore } from '../domain/change-history';
import { readRaster } from '../domain/raster';
import { sceneRecords } from '../domain/scene';
import { type FileOutcome, type SatelliteSummary, satelliteSummary } from '../domain/summary';
import { loadSatelliteSettings, type SatelliteSettings } from '../settings';

/** What the stage uses besides the kit's input and output. */
export interface SatellitePorts {
  history: ChangeHistory;
  labeler: ImageLabeler;
  notifier: Notifier | undefined;
}

/** Suffix of the per-file result keys (`results/YYYY/MM/DD/<stem>_satellite.json`). */
export const RESULT_SUFFIX = 'satellite.json';
/** Suffix of the alert keys (`alerts/YYYY/MM/DD/<stem>_alert.json`). */
export const ALERT_SUFFIX = 'alert.json';

/** The ports of AWS: the history table, the labeler (Rekognition or DemoMode) and the SNS notifier. */
export function satellitePorts(settings: SatelliteSettings): SatellitePorts {
  if (settings.historyTable === '') throw new ConfigError('Environment variable CHANGE_HISTORY_TABLE is required');
  const client = DynamoDBDocumentClient.from(createAwsClient(DynamoDBClient, {}), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return {
    history: dynamoChangeHistory(client, settings.historyTable),
    labeler: createImageLabeler(),
    notifier: settings.alertTopicArn === '' ? undefined : createSnsNotifier(settings.alertTopicArn),
  };
}

export const satellite: ItemStage<FileOutcome, SatelliteSummary, SatelliteSettings, SatellitePorts> = {
  async process(object, ctx) {
    const { settings, ports } = ctx;
    const raster = await readRaster(ctx.input, object);
    const outcome: FileOutcome = {
      key: object.key,
      format: raster.format,
      reads: raster.reads,
      bytesRead: raster.bytesRead,
      tiles: 0,
      changes: [],
      changedAreaKm2: 0,
      alert: false,
    };
    const result: Record<string, unknown> = {
      ...outcome,
      executionId: ctx.executionId,
      processedAt: ctx.now.toISOString(),
    };
    if (raster.format === 'tiff') {
      const records = sceneRecords(object, raster.image, raster.geo, {
        tileSize: settings.tileSize,
        now: ctx.now,
        ttlDays: settings.historyTtlDays,
      });
      const changes = await compareAndStore(ports.history, records);
      outcome.tiles = records.length;
      outcome.changes = changes;
      outcome.changedAreaKm2 = Math.round(changes.reduce((sum, change) => sum + change.areaKm2, 0) * 1e4) / 1e4;
      outcome.alert = changes.length > 0 && outcome.changedAreaKm2 >= settings.changeAreaThresholdKm2;
      Object.assign(result, outcome, {
        header: {
          bigTiff: raster.bigTiff,
          image: { ...raster.image, segmentByteCounts: undefined },
          overviews: raster.overviews,
          epsg: raster.geo?.epsg,
          geoTransform: raster.geo?.geoTransform,
        },
        tileRecords: records,
      });
    } else if (raster.format === 'nitf') {
      result.header = raster.nitf;
    } else if (raster.format === 'png' || raster.format === 'jpeg') {
      const bytes = await ctx.input.getBytes(object.key, { maxBytes: MAX_LABEL_IMAGE_BYTES });
      outcome.labels = (await ports.labeler.detectLabels({ bytes })).map((label) => label.name);
      result.labels = outcome.labels;
    }
    await ctx.output.putJson(objectResultKey('results', object, RESULT_SUFFIX, ctx.now), result);
    if (outcome.alert) {
      const alert = {
        key: object.key,
        changedAreaKm2: outcome.changedAreaKm2,
        thresholdKm2: settings.changeAreaThresholdKm2,
        changes: outcome.changes,
      };
      await ctx.output.putJson(objectResultKey('alerts', object, ALERT_SUFFIX, ctx.now), alert);
      await ports.notifier?.publish(`Change alert: ${outcome.changedAreaKm2} km2`, JSON.stringify(alert));
    }
    return outcome;
  },
  summary: satelliteSummary,
  settings: () => loadSatelliteSettings(),
  ports: () => satellitePorts(loadSatelliteSettings()),
  // In series: two acquisitions of one scene in a batch compare in key (time) order.
  concurrency: 1,
};
