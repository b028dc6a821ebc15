/**
 * Discovery of this pattern: the kit's manifest discovery (list the access point, or the FPolicy event's file),
 * preceded by what ONTAP says of the volume: its security style, export policies and CIFS shares with their ACLs.
 * The shares' ACEs become the run's first rows of `acl_entries`, the write policy the rows of `acl_policy`.
 */

import type { OntapClient } from '@fsxn-s3ap/shared/ontap';
import { createOutputWriter, type OutputWriter } from '@fsxn-s3ap/shared/output';
import { nonEmptyString, parseWith } from '@fsxn-s3ap/shared/schema';
import { createManifestDiscoveryHandler, type ManifestDiscoveryOutput } from '@fsxn-s3ap/shared/workflow';
import * as z from '@fsxn-s3ap/shared/zod';
import policyFile from '../../config/acl-policy.json';
import { type AclPolicy, parseAclPolicy, policyRows } from './acl-policy';
import { shareRows, toJsonLines } from './acl-rows';
import { parseStartedAt, policyRowsKey, shareRowsKey } from './keys';
import { collectOntapContext, saveOntapContext } from './ontap-context';
import { principalResolver } from './principals';
import { lazyOntapClient, loadOntapIds, type OntapIds } from './settings';

/** What the ASL's `$.discovery.ontap` holds. */
export interface OntapDiscoveryFacts {
  svm: string;
  volume: string;
  securityStyle: string;
  exportPolicy: string | null;
  shares: number;
  shareEntries: number;
  exportPolicies: number;
  contextKey: string;
}

/** The kit's discovery output plus the ONTAP facts. */
export type AclDiscoveryOutput = ManifestDiscoveryOutput & { ontap: OntapDiscoveryFacts };

/** Replaceable dependencies (tests). */
export interface AclDiscoveryDeps {
  discover: (event: unknown) => Promise<ManifestDiscoveryOutput>;
  ontap: () => Promise<OntapClient>;
  output: OutputWriter;
  ids: OntapIds;
  policy: AclPolicy;
}

const EventSchema = z.object({ executionId: nonEmptyString(), startedAt: nonEmptyString() });

/** The discovery handler; `deps` replaces production dependencies. */
export function createAclDiscoveryHandler(
  deps?: Partial<AclDiscoveryDeps>,
): (event: unknown) => Promise<AclDiscoveryOutput> {
  const discover = deps?.discover ?? createManifestDiscoveryHandler();
  const ontap = deps?.ontap ?? lazyOntapClient();
  let resolved: Omit<AclDiscoveryDeps, 'discover' | 'ontap'> | undefined;
  return async (event) => {
    resolved ??= {
      output: deps?.output ?? createOutputWriter(),
      ids: deps?.ids ?? loadOntapIds(),
      policy: deps?.policy ?? parseAclPolicy(policyFile),
    };
    const { output, ids, policy } = resolved;
    const { executionId, startedAt } = parseWith(EventSchema, event, 'discovery event');
    const started = parseStartedAt(startedAt);
    const context = await collectOntapContext(await ontap(), ids);
    const contextKey = await saveOntapContext(output, executionId, context);
    const rowContext = {
      executionId,
      collectedAt: started.toISOString(),
      resolve: principalResolver(context.localUsers),
    };
    const rows = shareRows(context.shares, context.volume.junctionPath, context.volume.securityStyle, rowContext);
    await output.putText(shareRowsKey(executionId, started), toJsonLines(rows), 'application/x-ndjson');
    const policyLines = toJsonLines(policyRows(policy, executionId, rowContext.collectedAt));
    await output.putText(policyRowsKey(executionId), policyLines, 'application/x-ndjson');
    const discovered = await discover(event);
    return {
      ...discovered,
      ontap: {
        svm: context.svm.name,
        volume: context.volume.name,
        securityStyle: context.volume.securityStyle,
        exportPolicy: context.volume.exportPolicy,
        shares: context.shares.length,
        shareEntries: rows.length,
        exportPolicies: context.exportPolicies.length,
        contextKey,
      },
    };
  };
}
