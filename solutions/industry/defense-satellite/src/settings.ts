/** The pattern's settings, from the environment the template sets. */
import { enumEnv, intEnv, numberEnv, optionalEnv } from '@fsxn-s3ap/shared/config';

/** What the satellite stage needs besides the kit's settings. */
export interface SatelliteSettings {
  /** Side of the tiling plan's tiles in pixels (TileSize). */
  tileSize: number;
  /** Changed area from which an alert is raised (ChangeAreaThresholdKm2). */
  changeAreaThresholdKm2: number;
  /** Days a history item lives before DynamoDB's TTL deletes it. */
  historyTtlDays: number;
  /** The `<stack>-change-history` table. */
  historyTable: string;
  /** none | provisioned | serverless | components: recorded; detection runs from the header (see README). */
  inferenceType: 'none' | 'provisioned' | 'serverless' | 'components';
  /** Topic of the change alerts; empty writes them to alerts/ only. */
  alertTopicArn: string;
}

/** Reads the settings; a bad value is a ConfigError naming the variable. */
export function loadSatelliteSettings(env: NodeJS.ProcessEnv = process.env): SatelliteSettings {
  return {
    tileSize: intEnv('TILE_SIZE', { fallback: 256, min: 16, max: 4096 }, env),
    changeAreaThresholdKm2: numberEnv('CHANGE_AREA_THRESHOLD_KM2', { fallback: 1.0, min: 0 }, env),
    historyTtlDays: intEnv('HISTORY_TTL_DAYS', { fallback: 90, min: 1, max: 3650 }, env),
    historyTable: optionalEnv('CHANGE_HISTORY_TABLE', '', env),
    inferenceType: enumEnv('INFERENCE_TYPE', ['none', 'provisioned', 'serverless', 'components'], 'none', env),
    alertTopicArn: optionalEnv('SNS_TOPIC_ARN', '', env),
  };
}
