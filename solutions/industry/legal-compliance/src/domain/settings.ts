/** This pattern's settings and ONTAP port, from the function environment. */
import { type Env, requireEnv } from '@fsxn-s3ap/shared/config';
import { type OntapClient, ontapClientFromEnv } from '@fsxn-s3ap/shared/ontap';

/** The SVM and volume the access point is attached to (the template's SvmUuid and VolumeUuid). */
export interface OntapIds {
  svmUuid: string;
  volumeUuid: string;
}

/** Reads SVM_UUID and VOLUME_UUID; `ConfigError` names a missing one. */
export function loadOntapIds(env: Env = process.env): OntapIds {
  return { svmUuid: requireEnv('SVM_UUID', env), volumeUuid: requireEnv('VOLUME_UUID', env) };
}

/**
 * A lazily created ONTAP client (credentials from ONTAP_SECRET_NAME, endpoint ONTAP_MANAGEMENT_IP, CA bundle
 * ONTAP_CA_BUNDLE), created once per execution environment; a failed creation is retried on the next call.
 */
export function lazyOntapClient(
  create: () => Promise<OntapClient> = () => ontapClientFromEnv(),
): () => Promise<OntapClient> {
  let client: Promise<OntapClient> | undefined;
  return () => {
    if (!client) {
      const created = create();
      client = created;
      created.catch(() => {
        if (client === created) client = undefined;
      });
    }
    return client;
  };
}
