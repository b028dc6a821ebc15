import { randomUUID } from 'node:crypto';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { resultCsv } from './csv';
import type { AthenaEngine, QueryOutcome, RunningQuery } from './engine';
import { ApiError, AthenaQueryError, ErrorCategory, ErrorType } from './errors';
import { parseS3Uri } from './object-mirror';
import { bindParameters } from './sql-text';
import type { WorkGroups } from './workgroups';

type State = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';

interface Execution {
  id: string;
  sql: string;
  database?: string;
  workGroup: string;
  outputLocation?: string;
  state: State;
  reason?: string;
  error?: { ErrorCategory: number; ErrorType: number; Retryable: boolean; ErrorMessage: string };
  submitted: number;
  completed?: number;
  outcome?: QueryOutcome;
  running?: RunningQuery;
}

/** What StartQueryExecution asks for. */
export interface StartRequest {
  QueryString?: string;
  WorkGroup?: string;
  QueryExecutionContext?: { Database?: string };
  ResultConfiguration?: { OutputLocation?: string };
  ExecutionParameters?: string[];
}

/** Query executions of the local Athena: started in the background, polled, stopped, paged. */
export class Executions {
  private readonly all = new Map<string, Execution>();

  constructor(
    private readonly engine: AthenaEngine,
    private readonly workGroups: WorkGroups,
    private readonly s3: S3Client,
    /** Athena's own limit on a query's run time; locally much shorter. */
    private readonly maxQueryMs = 120_000,
  ) {}

  /** StartQueryExecution: answers at once; the query runs in the background. */
  start(request: StartRequest): string {
    if (!request.QueryString) throw new ApiError('InvalidRequestException', 'QueryString is required');
    const workGroup = this.workGroups.get(request.WorkGroup ?? 'primary');
    const enforced = workGroup.enforce ? workGroup.outputLocation : undefined;
    const execution: Execution = {
      id: randomUUID(),
      sql: request.QueryString,
      database: request.QueryExecutionContext?.Database,
      workGroup: workGroup.name,
      outputLocation: enforced ?? request.ResultConfiguration?.OutputLocation ?? workGroup.outputLocation,
      state: 'QUEUED',
      submitted: Date.now(),
    };
    this.all.set(execution.id, execution);
    void this.run(execution, request.ExecutionParameters ?? []);
    return execution.id;
  }

  private async run(execution: Execution, parameters: readonly string[]): Promise<void> {
    const timer = setTimeout(() => {
      execution.reason = `Query exhausted its time limit of ${this.maxQueryMs} ms`;
      execution.running?.interrupt();
    }, this.maxQueryMs);
    try {
      execution.state = 'RUNNING';
      execution.running = this.engine.start(bindParameters(execution.sql, parameters), execution.database);
      const outcome = await execution.running.outcome;
      if (execution.outputLocation) await this.writeResult(execution, outcome);
      execution.outcome = outcome;
      if (execution.state === 'RUNNING') execution.state = 'SUCCEEDED';
    } catch (error) {
      if (execution.state === 'CANCELLED') return;
      const timedOut = execution.reason !== undefined;
      const failure = error instanceof AthenaQueryError ? error : new AthenaQueryError(String(error), 1, 100);
      const type = timedOut ? ErrorType.QUERY_TIMEOUT : failure.type;
      const category = timedOut ? ErrorCategory.SYSTEM : failure.category;
      execution.state = 'FAILED';
      execution.reason ??= failure.message;
      execution.error = { ErrorCategory: category, ErrorType: type, Retryable: false, ErrorMessage: execution.reason };
    } finally {
      clearTimeout(timer);
      execution.completed = Date.now();
    }
  }

  private async writeResult(execution: Execution, outcome: QueryOutcome): Promise<void> {
    const { bucket, prefix } = parseS3Uri(execution.outputLocation ?? '');
    const body = resultCsv(outcome.columns, outcome.rows);
    await this.s3
      .send(new PutObjectCommand({ Bucket: bucket, Key: `${prefix}${execution.id}.csv`, Body: body }))
      .catch((error: Error) => {
        throw new AthenaQueryError(
          `Unable to write query results to ${execution.outputLocation}: ${error.name}`,
          ErrorCategory.SYSTEM,
          ErrorType.RESULT_WRITE_FAILED,
        );
      });
  }

  private get(id: string | undefined): Execution {
    const execution = id ? this.all.get(id) : undefined;
    if (!execution) throw new ApiError('InvalidRequestException', `QueryExecution ${id} was not found`);
    return execution;
  }

  /** GetQueryExecution. */
  describe(id: string | undefined): Record<string, unknown> {
    const e = this.get(id);
    const location = e.outputLocation ? `${e.outputLocation.replace(/\/?$/, '/')}${e.id}.csv` : undefined;
    return {
      QueryExecutionId: e.id,
      Query: e.sql,
      StatementType: e.outcome?.statementType ?? 'DML',
      WorkGroup: e.workGroup,
      QueryExecutionContext: e.database ? { Database: e.database } : undefined,
      ResultConfiguration: location ? { OutputLocation: location } : undefined,
      Status: {
        State: e.state,
        StateChangeReason: e.reason,
        SubmissionDateTime: e.submitted / 1000,
        CompletionDateTime: e.completed === undefined ? undefined : e.completed / 1000,
        AthenaError: e.error,
      },
      Statistics: { TotalExecutionTimeInMillis: (e.completed ?? Date.now()) - e.submitted, DataScannedInBytes: 0 },
    };
  }

  /** StopQueryExecution: a running query is interrupted and ends CANCELLED. */
  stop(id: string | undefined): void {
    const execution = this.get(id);
    if (execution.state !== 'QUEUED' && execution.state !== 'RUNNING') return;
    execution.state = 'CANCELLED';
    execution.reason = 'Query was cancelled by user';
    execution.running?.interrupt();
  }

  /** GetQueryResults: a header row first on the first page of a DML result, NextToken as the next offset. */
  results(id: string | undefined, token: string | undefined, max: number | undefined): Record<string, unknown> {
    const execution = this.get(id);
    const outcome = execution.outcome;
    if (execution.state !== 'SUCCEEDED' || !outcome) {
      throw new ApiError('InvalidRequestException', `Query has not yet finished. Current state: ${execution.state}`);
    }
    const size = Math.min(Math.max(max ?? 1000, 1), 1000);
    const header = outcome.statementType === 'DML' ? [outcome.columns.map((column) => column.name)] : [];
    const all = [...header, ...outcome.rows];
    const start = token === undefined ? 0 : Number(token);
    if (!Number.isInteger(start) || start < 0) throw new ApiError('InvalidRequestException', 'NextToken is invalid');
    const page = all.slice(start, start + size);
    const toRow = (row: (string | null)[]) => ({
      Data: row.map((value) => (value === null ? {} : { VarCharValue: value })),
    });
    return {
      ResultSet: {
        Rows: page.map(toRow),
        ResultSetMetadata: {
          ColumnInfo: outcome.columns.map((column) => ({ Name: column.name, Label: column.name, Type: column.type })),
        },
      },
      NextToken: start + size < all.length ? String(start + size) : undefined,
      UpdateCount: 0,
    };
  }
}
