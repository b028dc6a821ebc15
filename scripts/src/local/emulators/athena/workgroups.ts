import { randomUUID } from 'node:crypto';
import { ApiError } from './errors';

/** A workgroup as far as running a query needs it. */
export interface WorkGroup {
  readonly name: string;
  readonly outputLocation?: string;
  readonly enforce: boolean;
  readonly configuration: Record<string, unknown>;
}

/** Workgroups of the local Athena; `primary` exists from the start, as in every account. */
export class WorkGroups {
  private readonly groups = new Map<string, WorkGroup>([
    ['primary', { name: 'primary', enforce: false, configuration: {} }],
  ]);

  /** CreateWorkGroup. */
  create(name: string | undefined, configuration: Record<string, unknown> = {}): void {
    if (!name) throw new ApiError('InvalidRequestException', 'Name is required');
    if (this.groups.has(name)) throw new ApiError('InvalidRequestException', `WorkGroup ${name} is already created`);
    const result = (configuration.ResultConfiguration ?? {}) as { OutputLocation?: string };
    const enforce = configuration.EnforceWorkGroupConfiguration;
    this.groups.set(name, {
      name,
      outputLocation: result.OutputLocation,
      enforce: enforce === undefined || enforce === true || enforce === 'true',
      configuration,
    });
  }

  /** The workgroup `name`. Throws `ApiError` InvalidRequestException for an unknown one, as Athena does. */
  get(name: string): WorkGroup {
    const group = this.groups.get(name);
    if (!group) throw new ApiError('InvalidRequestException', `WorkGroup ${name} is not found.`);
    return group;
  }
}

/** A named query as Athena stores it. */
export interface StoredNamedQuery {
  NamedQueryId: string;
  Name: string;
  Database: string;
  QueryString: string;
  Description?: string;
  WorkGroup: string;
}

/** Named queries of the local Athena. */
export class NamedQueries {
  private readonly queries = new Map<string, StoredNamedQuery>();

  constructor(private readonly workGroups: WorkGroups) {}

  /** CreateNamedQuery; returns the new id. */
  create(input: Partial<StoredNamedQuery>): string {
    if (!input.Name || !input.Database || !input.QueryString) {
      throw new ApiError('InvalidRequestException', 'Name, Database and QueryString are required');
    }
    const workGroup = this.workGroups.get(input.WorkGroup ?? 'primary').name;
    const id = randomUUID();
    this.queries.set(id, {
      NamedQueryId: id,
      Name: input.Name,
      Database: input.Database,
      QueryString: input.QueryString,
      Description: input.Description,
      WorkGroup: workGroup,
    });
    return id;
  }

  /** GetNamedQuery. */
  get(id: string | undefined): StoredNamedQuery {
    const query = id ? this.queries.get(id) : undefined;
    if (!query) throw new ApiError('InvalidRequestException', `NamedQuery ${id} was not found`);
    return query;
  }

  /** BatchGetNamedQuery: found queries and the ids that were not. */
  batch(ids: readonly string[]): { NamedQueries: StoredNamedQuery[]; UnprocessedNamedQueryIds: object[] } {
    const found = ids.map((id) => this.queries.get(id)).filter((query) => query !== undefined);
    const missing = ids
      .filter((id) => !this.queries.has(id))
      .map((id) => ({ NamedQueryId: id, ErrorCode: 'INVALID_INPUT', ErrorMessage: 'not found' }));
    return { NamedQueries: found, UnprocessedNamedQueryIds: missing };
  }

  /** ListNamedQueries of one workgroup, 50 ids a page by default. */
  list(
    workGroup: string,
    token: string | undefined,
    max: number | undefined,
  ): { NamedQueryIds: string[]; NextToken?: string } {
    this.workGroups.get(workGroup);
    const ids = [...this.queries.values()]
      .filter((query) => query.WorkGroup === workGroup)
      .map((query) => query.NamedQueryId);
    const start = Number(token ?? 0) || 0;
    const size = Math.min(Math.max(max ?? 50, 1), 50);
    const next = start + size < ids.length ? String(start + size) : undefined;
    return { NamedQueryIds: ids.slice(start, start + size), NextToken: next };
  }
}
