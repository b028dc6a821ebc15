import {
  type AthenaClient,
  type NamedQuery as AthenaNamedQuery,
  BatchGetNamedQueryCommand,
  GetNamedQueryCommand,
  ListNamedQueriesCommand,
} from '@aws-sdk/client-athena';
import { callAthena, NamedQueryNotFoundError } from './errors';
import type { NamedQuery, NamedQueryRef } from './types';

function toNamedQuery(query: AthenaNamedQuery): NamedQuery {
  return {
    id: query.NamedQueryId ?? '',
    name: query.Name ?? '',
    database: query.Database ?? '',
    sql: query.QueryString ?? '',
    workGroup: query.WorkGroup,
  };
}

/**
 * Looks up a named query by id (GetNamedQuery) or by name: lists the workgroup's named queries page by page
 * (ListNamedQueries) and reads each page with BatchGetNamedQuery until one has that name.
 * Throws `NamedQueryNotFoundError` when none matches.
 */
export async function findNamedQuery(
  client: AthenaClient,
  ref: NamedQueryRef,
  workGroup?: string,
): Promise<NamedQuery> {
  if ('id' in ref) {
    const found = await callAthena('GetNamedQuery', () =>
      client.send(new GetNamedQueryCommand({ NamedQueryId: ref.id })),
    ).catch((error: unknown) => {
      if (error instanceof Error && error.name === 'QueryFailedError') {
        throw new NamedQueryNotFoundError(`no named query has the id ${ref.id}`, { cause: error });
      }
      throw error;
    });
    if (!found.NamedQuery) throw new NamedQueryNotFoundError(`no named query has the id ${ref.id}`);
    return toNamedQuery(found.NamedQuery);
  }
  let token: string | undefined;
  do {
    const page = await callAthena('ListNamedQueries', () =>
      client.send(new ListNamedQueriesCommand({ WorkGroup: workGroup, NextToken: token, MaxResults: 50 })),
    );
    const ids = page.NamedQueryIds ?? [];
    if (ids.length > 0) {
      const batch = await callAthena('BatchGetNamedQuery', () =>
        client.send(new BatchGetNamedQueryCommand({ NamedQueryIds: ids })),
      );
      const match = batch.NamedQueries?.find((query) => query.Name === ref.name);
      if (match) return toNamedQuery(match);
    }
    token = page.NextToken;
  } while (token);
  const where = workGroup ? ` in workgroup ${workGroup}` : '';
  throw new NamedQueryNotFoundError(`no named query is called ${ref.name}${where}`);
}
