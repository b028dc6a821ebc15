/** ONTAP credentials read from a Secrets Manager secret holding `{"username": "...", "password": "..."}`. */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { errorMessage } from '../errors';
import { createAwsClient } from '../observability/aws-client';
import { OntapCredentialsError } from './errors';

/** A user of the ONTAP REST API, and optionally the PEM CA bundle that signed the management certificate. */
export interface OntapCredentials {
  username: string;
  password: string;
  /** PEM bundle from the secret's optional `ca_bundle` field, for clusters with a private CA. */
  caBundle?: string;
}

function field(record: Record<string, unknown>, name: string, secretId: string): string {
  const value = record[name];
  if (typeof value !== 'string' || value === '') {
    throw new OntapCredentialsError(`Secret ${secretId} has no non-empty string field "${name}"`);
  }
  return value;
}

/** Parses the secret string; the error names the secret and the missing field, never a value. */
export function parseOntapSecret(secretString: string, secretId: string): OntapCredentials {
  let parsed: unknown;
  try {
    parsed = JSON.parse(secretString);
  } catch {
    throw new OntapCredentialsError(`Secret ${secretId} is not JSON; expected {"username": ..., "password": ...}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new OntapCredentialsError(`Secret ${secretId} is not a JSON object; expected {"username", "password"}`);
  }
  const record = parsed as Record<string, unknown>;
  const credentials: OntapCredentials = {
    username: field(record, 'username', secretId),
    password: field(record, 'password', secretId),
  };
  if (record.ca_bundle !== undefined) credentials.caBundle = field(record, 'ca_bundle', secretId);
  return credentials;
}

/** Reads and parses the credentials secret `secretId` (name or ARN). */
export async function getOntapCredentials(options: {
  secretId: string;
  client?: SecretsManagerClient;
}): Promise<OntapCredentials> {
  const client = options.client ?? createAwsClient(SecretsManagerClient, {});
  let secretString: string | undefined;
  try {
    ({ SecretString: secretString } = await client.send(new GetSecretValueCommand({ SecretId: options.secretId })));
  } catch (error) {
    throw new OntapCredentialsError(`Cannot read secret ${options.secretId}: ${errorMessage(error)}`, {
      cause: error,
    });
  }
  if (secretString === undefined) {
    throw new OntapCredentialsError(
      `Secret ${options.secretId} has no SecretString (binary secrets are not supported)`,
    );
  }
  return parseOntapSecret(secretString, options.secretId);
}
