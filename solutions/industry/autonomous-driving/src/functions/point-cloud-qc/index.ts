/** Point cloud QC: checks each PCD/LAS header (range reads only) and writes one QC result per file. */
import { expandWorkItem } from '@fsxn-s3ap/shared/discovery';
import { recordFilesProcessed, withObservability } from '@fsxn-s3ap/shared/observability';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import { getInput, getOutput, lazyDeps, systemClock } from '../../deps';
import { parseItemEvent } from '../../domain/events';
import type { CloudSummary } from '../../domain/lidar/cloud-summary';
import { checkPointCloud, type HeaderReader } from '../../domain/lidar/point-cloud-qc';
import { lidarResultKey } from '../../domain/result-keys';

export interface PointCloudQcDeps {
  input: HeaderReader;
  output: OutputWriter;
  clock: () => Date;
}

export const createHandler =
  (deps: PointCloudQcDeps) =>
  async (event: unknown): Promise<{ clouds: CloudSummary[] }> => {
    const { item } = parseItemEvent(event);
    const objects = await expandWorkItem(item, deps.output);
    const clouds: CloudSummary[] = [];
    for (const object of objects) {
      const result = await checkPointCloud(object, deps.input);
      const resultKey = await deps.output.putJson(lidarResultKey(object.key, deps.clock()), result);
      const count = (severity: string) => result.findings.filter((finding) => finding.severity === severity).length;
      clouds.push({
        key: object.key,
        format: result.format,
        status: result.status,
        points: result.points,
        errors: count('error'),
        warnings: count('warning'),
        resultKey,
      });
    }
    recordFilesProcessed(
      objects.length,
      objects.reduce((sum, object) => sum + object.size, 0),
    );
    return { clouds };
  };

export const defaultDeps = (): PointCloudQcDeps =>
  lazyDeps<PointCloudQcDeps>({ input: getInput, output: getOutput, clock: () => systemClock });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'UC9' });
