/**
 * The per-object stage: read one file's security descriptor from ONTAP (`GET /api/protocols/file-security/
 * permissions/{svm.uuid}/{path}`), write its ACEs as JSON Lines rows of the `acl_entries` table, and count them.
 * A file ONTAP does not know (deleted since the listing) is a failure record (`OntapNotFoundError`).
 */
import { getFileSecurity, type OntapClient } from '@fsxn-s3ap/shared/ontap';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import { addCounts, type ItemStage, type SummaryReducer, sumFields } from '@fsxn-s3ap/shared/workflow';
import { type AclRow, fileRows, shareFor, toJsonLines } from './acl-rows';
import { fileRowsKey } from './keys';
import { contextLoader, type OntapContext } from './ontap-context';
import { principalResolver } from './principals';
import { lazyOntapClient, loadOntapIds, type OntapIds } from './settings';

/** What one file contributed. */
export interface FileAclFacts {
  style: string;
  entries: number;
  unresolved: number;
  disabledAccounts: number;
}

/** Totals over the collected files. */
export interface AclSummary {
  files: number;
  entries: number;
  /** Files per security style (ntfs, unix, mixed). */
  byStyle: Record<string, number>;
  unresolvedEntries: number;
  disabledAccountEntries: number;
}

/** The stage's ports: ONTAP and the run's saved context. */
export interface CollectionPorts {
  ontap: () => Promise<OntapClient>;
  context: (output: OutputWriter, executionId: string) => Promise<OntapContext>;
}

function mergeSummaries(a: AclSummary, b: AclSummary): AclSummary {
  return {
    ...sumFields(a, b, ['files', 'entries', 'unresolvedEntries', 'disabledAccountEntries']),
    byStyle: addCounts(a.byStyle, b.byStyle),
  };
}

/** How file facts add up into the run summary (merge agrees with add in any split). */
export const aclSummary: SummaryReducer<FileAclFacts, AclSummary> = {
  empty: () => ({ files: 0, entries: 0, byStyle: {}, unresolvedEntries: 0, disabledAccountEntries: 0 }),
  add: (total, facts) =>
    mergeSummaries(total, {
      files: 1,
      entries: facts.entries,
      byStyle: { [facts.style]: 1 },
      unresolvedEntries: facts.unresolved,
      disabledAccountEntries: facts.disabledAccounts,
    }),
  merge: mergeSummaries,
};

function factsOf(rows: readonly AclRow[], style: string): FileAclFacts {
  return {
    style,
    entries: rows.length,
    unresolved: rows.filter((row) => !row.resolved).length,
    disabledAccounts: rows.filter((row) => row.account_disabled).length,
  };
}

/** The ACL collection stage. */
export const aclCollection: ItemStage<FileAclFacts, AclSummary, OntapIds, CollectionPorts> = {
  async process(object, ctx) {
    const context = await ctx.ports.context(ctx.output, ctx.executionId);
    const client = await ctx.ports.ontap();
    const path = `${context.volume.junctionPath}/${object.key}`;
    const security = await getFileSecurity(client, ctx.settings.svmUuid, path);
    const place = {
      key: object.key,
      path,
      share: shareFor(path, context.shares),
      volumeStyle: context.volume.securityStyle,
    };
    const rows = fileRows(place, security, {
      executionId: ctx.executionId,
      collectedAt: ctx.now.toISOString(),
      resolve: principalResolver(context.localUsers),
    });
    await ctx.output.putText(fileRowsKey(ctx.executionId, ctx.now, object), toJsonLines(rows), 'application/x-ndjson');
    return factsOf(rows, rows[0]?.security_style ?? place.volumeStyle);
  },
  summary: aclSummary,
  settings: () => loadOntapIds(),
  ports: () => ({ ontap: lazyOntapClient(), context: contextLoader() }),
  concurrency: 8,
};
