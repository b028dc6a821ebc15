/**
 * What a run learns from ONTAP once, in discovery: the SVM, the volume's junction and security style, the CIFS
 * shares with their ACLs, the NFS export policies and the local users. Saved with the run so every Map batch maps
 * files to shares and resolves principals the same way without asking ONTAP again.
 */
import {
  type CifsShare,
  type ExportPolicy,
  getSvm,
  getVolume,
  type LocalUser,
  listCifsShares,
  listExportPolicies,
  listLocalUsers,
  type OntapClient,
} from '@fsxn-s3ap/shared/ontap';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import { contextKey } from './keys';

/** The ONTAP facts of one run. */
export interface OntapContext {
  svm: { uuid: string; name: string };
  volume: { uuid: string; name: string; junctionPath: string; securityStyle: string; exportPolicy: string | null };
  shares: CifsShare[];
  exportPolicies: ExportPolicy[];
  localUsers: LocalUser[];
}

/** Reads the context from ONTAP. Throws `OntapNotFoundError` for an unknown SVM or volume. */
export async function collectOntapContext(
  client: OntapClient,
  ids: { svmUuid: string; volumeUuid: string },
): Promise<OntapContext> {
  const [svm, volume] = await Promise.all([getSvm(client, ids.svmUuid), getVolume(client, ids.volumeUuid)]);
  const [shares, exportPolicies, localUsers] = await Promise.all([
    listCifsShares(client, ids.svmUuid),
    listExportPolicies(client, ids.svmUuid),
    listLocalUsers(client, ids.svmUuid),
  ]);
  const junctionPath = volume.nas?.path ?? `/${volume.name}`;
  const volumeShares = shares.filter(
    (share) => share.path === junctionPath || share.path.startsWith(`${junctionPath}/`),
  );
  return {
    svm: { uuid: svm.uuid, name: svm.name },
    volume: {
      uuid: volume.uuid,
      name: volume.name,
      junctionPath,
      securityStyle: volume.nas?.security_style ?? 'unknown',
      exportPolicy: volume.nas?.export_policy?.name ?? null,
    },
    shares: volumeShares,
    exportPolicies,
    localUsers,
  };
}

/** Saves the run's context; returns the full key. */
export function saveOntapContext(output: OutputWriter, executionId: string, context: OntapContext): Promise<string> {
  return output.putJson(contextKey(executionId), context);
}

/**
 * A loader of the run's saved context that keeps the last run's copy (a warm function serves one run's batches
 * in a row).
 */
export function contextLoader(): (output: OutputWriter, executionId: string) => Promise<OntapContext> {
  let cached: { executionId: string; context: Promise<OntapContext> } | undefined;
  return (output, executionId) => {
    if (cached?.executionId !== executionId) {
      const context = output.getJson<OntapContext>(`${output.prefix}${contextKey(executionId)}`);
      cached = { executionId, context };
      context.catch(() => {
        if (cached?.context === context) cached = undefined;
      });
    }
    return cached.context;
  };
}
