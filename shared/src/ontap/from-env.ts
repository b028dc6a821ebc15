/** An ONTAP client configured from a function's environment: endpoint, secret name and an optional CA bundle file. */
import { readFileSync } from 'node:fs';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ConfigError } from '../errors';
import { createOntapClient, type OntapClient, type OntapClientOptions } from './client';
import { getOntapCredentials } from './credentials';

/** The environment variables {@link ontapClientFromEnv} reads. */
export const ONTAP_ENV = {
  managementIp: 'ONTAP_MANAGEMENT_IP',
  secretName: 'ONTAP_SECRET_NAME',
  /** Path of a PEM file of CAs trusted for the management certificate, added to the secret's `ca_bundle`. */
  caBundle: 'ONTAP_CA_BUNDLE',
} as const;

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(`${name} is not set`);
  return value;
}

/**
 * Reads the credentials secret and returns a client of `https://<ONTAP_MANAGEMENT_IP>`. TLS is always verified:
 * against the system store, the secret's `ca_bundle`, and the PEM file `ONTAP_CA_BUNDLE` names.
 * Throws `ConfigError` for a missing variable or an unreadable CA file, `OntapCredentialsError` for the secret.
 */
export async function ontapClientFromEnv(
  options: { env?: NodeJS.ProcessEnv; secrets?: SecretsManagerClient } & Partial<OntapClientOptions> = {},
): Promise<OntapClient> {
  const { env = process.env, secrets, ...rest } = options;
  const host = required(env, ONTAP_ENV.managementIp);
  const secretId = required(env, ONTAP_ENV.secretName);
  const credentials = await getOntapCredentials({ secretId, ...(secrets ? { client: secrets } : {}) });
  const caFile = env[ONTAP_ENV.caBundle]?.trim();
  let ca = credentials.caBundle;
  if (caFile) {
    try {
      ca = [ca, readFileSync(caFile, 'utf8')].filter(Boolean).join('\n');
    } catch (error) {
      throw new ConfigError(`${ONTAP_ENV.caBundle} names ${caFile}, which cannot be read`, { cause: error });
    }
  }
  return createOntapClient({
    baseUrl: `https://${host}`,
    ...rest,
    credentials: { ...credentials, ...(ca ? { caBundle: ca } : {}) },
  });
}
