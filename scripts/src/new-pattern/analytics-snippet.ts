/** Where the analytics resources read from and write to, by the logical ids of the pattern they join. */
export interface AnalyticsSnippetOptions {
  /** Logical id of the bucket the Map writes JSON Lines to (also holds the query results). */
  bucket?: string;
  /** Key prefix of the JSON Lines records the table reads. */
  prefix?: string;
  /** Glue columns of one record, as `name: glue type`. */
  columns?: Readonly<Record<string, string>>;
  /** The bucket's name as a YAML flow value (default `!Ref <bucket>`), e.g. an `!If` when the bucket is optional. */
  bucketName?: string;
  /** The named query's SQL over the `records` table (default: records per status). */
  query?: string;
}

/** The YAML to splice into a template: Parameters entries and Resources entries (two-space indented). */
export interface AnalyticsSnippet {
  parameters: string;
  resources: string;
}

const DEFAULT_COLUMNS = { key: 'string', status: 'string', size: 'bigint', processed_at: 'timestamp' };

/**
 * Opt-in analytics for a scaffolded pattern: a Glue database and JSON Lines table over the pattern's output prefix,
 * an Athena workgroup that enforces SSE-S3 results and a bytes-scanned cutoff, and one named query. The `athena`
 * validator rule checks the same conventions (and that the query parses against the table).
 */
export function analyticsSnippet(options: AnalyticsSnippetOptions = {}): AnalyticsSnippet {
  const bucket = options.bucket ?? 'OutputBucket';
  const bucketName = options.bucketName ?? `!Ref ${bucket}`;
  const query = options.query ?? 'SELECT status, count(*) AS records FROM records GROUP BY status ORDER BY status';
  const prefix = options.prefix ?? 'results/';
  const columns = Object.entries(options.columns ?? DEFAULT_COLUMNS)
    .map(([name, type]) => `            - { Name: ${name}, Type: "${type}" }`)
    .join('\n');
  const parameters = `  AthenaBytesScannedCutoff:
    Type: Number
    Default: 1073741824
    MinValue: 10485760
    Description: Bytes one Athena query may scan before it is cancelled (at least 10 MB).
`;
  const resources = `  # Catalog of the JSON Lines records the Map writes, for SQL over a run's results.
  AnalyticsDatabase:
    Type: AWS::Glue::Database
    Properties:
      CatalogId: !Ref AWS::AccountId
      DatabaseInput:
        Name: !Join ["_", !Split ["-", !Sub "\${AWS::StackName}_analytics"]]

  AnalyticsTable:
    Type: AWS::Glue::Table
    Properties:
      CatalogId: !Ref AWS::AccountId
      DatabaseName: !Ref AnalyticsDatabase
      TableInput:
        Name: records
        TableType: EXTERNAL_TABLE
        Parameters:
          classification: json
        StorageDescriptor:
          Location: !Sub
            - s3://\${Bucket}/${prefix}
            - Bucket: ${bucketName}
          InputFormat: org.apache.hadoop.mapred.TextInputFormat
          OutputFormat: org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat
          SerdeInfo:
            SerializationLibrary: org.openx.data.jsonserde.JsonSerDe
          Columns:
${columns}

  # Results are encrypted and a runaway query is cancelled, whatever the caller asks for.
  AnalyticsWorkGroup:
    Type: AWS::Athena::WorkGroup
    Properties:
      Name: !Sub \${AWS::StackName}-analytics
      State: ENABLED
      WorkGroupConfiguration:
        EnforceWorkGroupConfiguration: true
        BytesScannedCutoffPerQuery: !Ref AthenaBytesScannedCutoff
        PublishCloudWatchMetricsEnabled: true
        ResultConfiguration:
          OutputLocation: !Sub
            - s3://\${Bucket}/athena-results/
            - Bucket: ${bucketName}
          EncryptionConfiguration:
            EncryptionOption: SSE_S3

  RecordCountQuery:
    Type: AWS::Athena::NamedQuery
    Properties:
      Name: !Sub \${AWS::StackName}-record-count
      Description: Records per status
      Database: !Ref AnalyticsDatabase
      WorkGroup: !Ref AnalyticsWorkGroup
      QueryString: ${query}
`;
  return { parameters, resources };
}

/** The columns of the scaffold's per-object results (one JSON object per file under results/). */
const SCAFFOLD_COLUMNS = { key: 'string', bytes: 'bigint', sha256: 'string', executionId: 'string' };

/**
 * A scaffolded template with analytics spliced in (`make new-pattern ... ANALYTICS=1`): the table reads the per-object
 * results, the named query counts them per run, and the bucket is the output bucket whichever way it was given.
 */
export function withAnalytics(template: string): string {
  const snippet = analyticsSnippet({
    prefix: 'results/',
    columns: SCAFFOLD_COLUMNS,
    bucketName: '!If [CreateOutputBucket, !Ref OutputBucket, !Ref OutputBucketName]',
    query:
      'SELECT executionId AS execution, count(*) AS objects, sum(bytes) AS bytes FROM records GROUP BY executionId ORDER BY executionId',
  });
  const withParameters = template.replace('\nConditions:\n', `\n${snippet.parameters}\nConditions:\n`);
  return withParameters.replace('\nOutputs:\n', `\n${snippet.resources}\nOutputs:\n`);
}
