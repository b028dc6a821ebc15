/** The bench's floor function: a handler that only builds an S3 client, the least any function here loads. */
import { S3Client } from '@aws-sdk/client-s3';

const client = new S3Client({});

export const handler = async () => ({ region: typeof client.config.region });
