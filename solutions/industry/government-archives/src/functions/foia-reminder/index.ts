/** FoiaDeadlineReminder: the daily FOIA deadline check on FoiaRequestTable, reminders to the notification topic. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { once, optionalEnv, requireEnv, systemClock } from '@fsxn-s3ap/shared/config';
import { createAwsClient, withObservability } from '@fsxn-s3ap/shared/observability';
import { createSnsNotifier } from '@fsxn-s3ap/shared/workflow';
import { createDynamoFoiaStore } from '../../adapters/dynamo-foia-store';
import { parseHolidays } from '../../domain/business-days';
import { createFoiaReminderHandler, type FoiaReminderDeps } from './handler';

const deps = once(
  (): FoiaReminderDeps => ({
    store: createDynamoFoiaStore({
      client: DynamoDBDocumentClient.from(createAwsClient(DynamoDBClient, {})),
      tableName: requireEnv('FOIA_REQUEST_TABLE'),
    }),
    notifier: createSnsNotifier(requireEnv('SNS_TOPIC_ARN')),
    holidays: parseHolidays(optionalEnv('FOIA_HOLIDAYS', '')),
    clock: systemClock,
  }),
);

export const handler = withObservability(createFoiaReminderHandler(deps));
