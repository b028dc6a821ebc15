/** GeoAnalysis: the source's six per-file steps for the objects of one Map item (see domain/geo-stage). */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createImageLabeler } from '@fsxn-s3ap/shared/ai';
import { once } from '@fsxn-s3ap/shared/config';
import { createAwsClient, withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { dynamoHistoryStore } from '../../adapters/dynamo-history';
import { geoStage } from '../../domain/geo-stage';
import { memoryHistoryStore } from '../../domain/history';
import { loadGeoSettings } from '../../settings';

const settings = once(loadGeoSettings);

export const handler = withObservability(
  createItemHandler(
    geoStage(settings, () => {
      const table = settings().historyTableName;
      return {
        labeler: createImageLabeler(),
        history:
          table === undefined
            ? memoryHistoryStore()
            : dynamoHistoryStore(DynamoDBDocumentClient.from(createAwsClient(DynamoDBClient, {})), table),
      };
    }),
  ),
);
