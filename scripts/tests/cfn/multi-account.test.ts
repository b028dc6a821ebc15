import path from 'node:path';
import { loadTemplate, REPO_ROOT } from '../../src/template';
import { contextFor, resolvedProperties } from './evaluate';

const load = (name: string) => loadTemplate(path.join(REPO_ROOT, 'shared/cfn', name));
const roles = load('cross-account-roles.yaml');
const apPolicy = load('cross-account-s3ap-policy.yaml');
const execution = load('stacksets-execution.yaml');
const admin = load('stacksets-admin.yaml');
const link = load('oam-link.yaml');
const sink = load('oam-sink.yaml');

const WORKLOAD_ROLE = 'arn:aws:iam::444455556666:role/retail-catalog-discovery-role';
const STORAGE_ROLE = 'arn:aws:iam::111122223333:role/fsxn-s3ap-storage-access-eu-west-1';
const ROLE_PARAMS = {
  WorkloadRoleArn: WORKLOAD_ROLE,
  ExternalId: 'workload-a.2025_rotation-1',
  S3AccessPointName: 'catalog-ap',
  S3AccessPointAlias: 'catalog-ap-abc123-ext-s3alias',
};

interface Statement {
  Sid?: string;
  Action: string | string[];
  Resource: string | string[];
  Principal?: { AWS?: string | string[] };
  Condition?: Record<string, Record<string, unknown>>;
}

const asList = (value: string | string[]) => (Array.isArray(value) ? value : [value]);

/** The statements of a resolved policy document (`{ Statement: [...] }`). */
function statementsOf(document: unknown): Statement[] {
  const statements = (document as { Statement?: Statement[] } | undefined)?.Statement;
  if (!Array.isArray(statements)) throw new Error('not a policy document');
  return statements;
}

/** The statements of every inline policy of a resolved role. */
function inlineStatementsOf(role: Record<string, unknown> | undefined): Statement[] {
  const policies = role?.Policies as { PolicyDocument: unknown }[] | undefined;
  return (policies ?? []).flatMap((policy) => statementsOf(policy.PolicyDocument));
}

describe('cross-account-roles.yaml', () => {
  it('constrains the External ID to 10-128 characters of [A-Za-z0-9_.-] and hides it', () => {
    // Prepare
    const parameter = roles.body.Parameters?.ExternalId;

    // Act
    const constraints = parameter;

    // Assess
    expect(constraints).toMatchObject({
      Type: 'String',
      NoEcho: true,
      MinLength: 10,
      MaxLength: 128,
      AllowedPattern: '^[A-Za-z0-9_.-]+$',
    });
  });

  it('trusts only the workload role, only with the External ID, for one-hour sessions under a boundary', () => {
    // Prepare
    const ctx = contextFor(roles, ROLE_PARAMS);

    // Act
    const role = resolvedProperties(ctx, 'StorageAccessRole');
    const trust = statementsOf(role?.AssumeRolePolicyDocument);

    // Assess
    expect(trust).toEqual([
      expect.objectContaining({
        Principal: { AWS: WORKLOAD_ROLE },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': ROLE_PARAMS.ExternalId } },
      }),
    ]);
    expect(role?.MaxSessionDuration).toBe(3600);
    expect(role?.PermissionsBoundary).toBe('<StoragePermissionsBoundary>');
    expect(roles.body.Resources.StoragePermissionsBoundary?.Type).toBe('AWS::IAM::ManagedPolicy');
  });

  it('accepts the previous External ID next to the new one only during a rotation', () => {
    // Prepare
    const ctx = contextFor(roles, { ...ROLE_PARAMS, PreviousExternalId: 'workload-a.2024_rotation-0' });

    // Act
    const role = resolvedProperties(ctx, 'StorageAccessRole');
    const trust = statementsOf(role?.AssumeRolePolicyDocument)[0];

    // Assess
    expect(trust?.Condition).toEqual({
      StringEquals: { 'sts:ExternalId': [ROLE_PARAMS.ExternalId, 'workload-a.2024_rotation-0'] },
    });
    expect(roles.body.Parameters?.PreviousExternalId).toMatchObject({ NoEcho: true, Default: '' });
  });

  it.each([
    ['READ_ONLY', false],
    ['READ_WRITE', true],
  ])('names both access point ARN forms and writes only with %s', (accessLevel, canWrite) => {
    // Prepare
    const ctx = contextFor(roles, { ...ROLE_PARAMS, AccessLevel: accessLevel });

    // Act
    const role = resolvedProperties(ctx, 'StorageAccessRole');
    const statements = inlineStatementsOf(role);
    const resources = statements.flatMap((statement) => asList(statement.Resource));
    const actions = statements.flatMap((statement) => asList(statement.Action));

    // Assess
    expect(resources).toEqual(
      expect.arrayContaining([
        'arn:aws:s3:::catalog-ap-abc123-ext-s3alias',
        'arn:aws:s3:::catalog-ap-abc123-ext-s3alias/*',
        'arn:aws:s3:eu-west-1:111122223333:accesspoint/catalog-ap',
        'arn:aws:s3:eu-west-1:111122223333:accesspoint/catalog-ap/object/*',
      ]),
    );
    expect(actions.includes('s3:PutObject')).toBe(canWrite);
  });

  it('alarms on repeated denied AssumeRole calls for the storage role when a CloudTrail log group is given', () => {
    // Prepare
    const ctx = contextFor(roles, { ...ROLE_PARAMS, CloudTrailLogGroupName: 'org-trail' });

    // Act
    const filter = resolvedProperties(ctx, 'AssumeRoleFailuresMetricFilter');
    const alarm = resolvedProperties(ctx, 'AssumeRoleFailuresAlarm');
    const without = resolvedProperties(contextFor(roles, ROLE_PARAMS), 'AssumeRoleFailuresAlarm');

    // Assess
    expect(filter?.FilterPattern).toContain('($.errorCode = "AccessDenied")');
    expect(filter?.FilterPattern).toContain('($.requestParameters.roleArn = "<StorageAccessRole.Arn>")');
    expect(alarm).toMatchObject({ Threshold: '3', Period: 300, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    expect(without).toBeUndefined();
  });
});

describe('cross-account-s3ap-policy.yaml', () => {
  it.each([
    ['READ_ONLY', ['s3:ListBucket', 's3:GetObject']],
    [
      'READ_WRITE',
      ['s3:ListBucket', 's3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'],
    ],
  ])('renders a %s access point policy for the storage role only', (accessLevel, expectedActions) => {
    // Prepare
    const ctx = contextFor(apPolicy, {
      StorageRoleArn: STORAGE_ROLE,
      S3AccessPointName: 'catalog-ap',
      AccessLevel: accessLevel,
    });

    // Act
    const parameter = resolvedProperties(ctx, 'AccessPointPolicyDocument');
    const policy = JSON.parse(String(parameter?.Value)) as { Statement: Statement[] };

    // Assess
    expect(policy.Statement.flatMap((statement) => asList(statement.Action))).toEqual(expectedActions);
    expect(new Set(policy.Statement.map((statement) => JSON.stringify(statement.Principal)))).toEqual(
      new Set([JSON.stringify({ AWS: STORAGE_ROLE })]),
    );
    expect(policy.Statement.flatMap((statement) => asList(statement.Resource))).toEqual([
      'arn:aws:s3:eu-west-1:111122223333:accesspoint/catalog-ap',
      'arn:aws:s3:eu-west-1:111122223333:accesspoint/catalog-ap/object/*',
    ]);
  });

  it('creates an FSx access point with the policy only on request', () => {
    // Prepare
    const base = { StorageRoleArn: STORAGE_ROLE, S3AccessPointName: 'catalog-ap' };
    const create = {
      ...base,
      CreateAccessPoint: 'true',
      VolumeId: 'fsvol-0123456789abcdef0',
      FileSystemUserName: 'ec2-user',
    };

    // Act
    const skipped = resolvedProperties(contextFor(apPolicy, base), 'AccessPoint');
    const created = resolvedProperties(contextFor(apPolicy, create), 'AccessPoint');

    // Assess
    expect(skipped).toBeUndefined();
    expect(created).toMatchObject({
      Type: 'ONTAP',
      OntapConfiguration: { FileSystemIdentity: { Type: 'UNIX', UnixUser: { Name: 'ec2-user' } } },
      S3AccessPoint: { Policy: '<AccessPointPolicyDocument.Value>' },
    });
  });
});

describe('StackSets templates', () => {
  it('trusts the administrator account administration role, inside the organization when given', () => {
    // Prepare
    const params = { AdministratorAccountId: '111122223333', OrganizationId: 'o-abcdef1234' };

    // Act
    const role = resolvedProperties(contextFor(execution, params), 'ExecutionRole');
    const open = resolvedProperties(contextFor(execution, { AdministratorAccountId: '111122223333' }), 'ExecutionRole');
    const trust = statementsOf(role?.AssumeRolePolicyDocument)[0];
    const openTrust = statementsOf(open?.AssumeRolePolicyDocument)[0];

    // Assess
    expect(trust?.Principal).toEqual({
      AWS: 'arn:aws:iam::111122223333:role/AWSCloudFormationStackSetAdministrationRole',
    });
    expect(trust?.Condition).toEqual({ StringEquals: { 'aws:PrincipalOrgID': 'o-abcdef1234' } });
    expect(openTrust?.Condition).toBeUndefined();
    expect(role?.RoleName).toBe('AWSCloudFormationStackSetExecutionRole');
  });

  it('names roles only through parameters or account/Region substitutions', () => {
    // Prepare
    const resources = [...Object.values(execution.body.Resources), ...Object.values(admin.body.Resources)];

    // Act
    const names = resources.flatMap((resource) => {
      const name = resource.Properties?.RoleName ?? resource.Properties?.ManagedPolicyName;
      return name === undefined ? [] : [name];
    });

    // Assess
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const isParameter = typeof name === 'object' && name !== null && 'Ref' in name;
      const isScoped = /\$\{AWS::(AccountId|Region)\}/.test(JSON.stringify(name));
      expect(isParameter || isScoped).toBe(true);
    }
  });

  it('lets the administration role assume only the execution role, for stack sets of its own account', () => {
    // Prepare
    const ctx = contextFor(admin);

    // Act
    const role = resolvedProperties(ctx, 'AdministrationRole');
    const statements = inlineStatementsOf(role);
    const trust = statementsOf(role?.AssumeRolePolicyDocument)[0];

    // Assess
    expect(statements).toEqual([
      expect.objectContaining({
        Action: 'sts:AssumeRole',
        Resource: 'arn:aws:iam::*:role/AWSCloudFormationStackSetExecutionRole',
      }),
    ]);
    expect(trust?.Condition?.StringEquals).toEqual({ 'aws:SourceAccount': '111122223333' });
  });
});

describe('stacksets-execution.yaml deployment policy', () => {
  const ADMIN = { AdministratorAccountId: '111122223333' };
  const statementsFor = (params: Record<string, string> = {}) =>
    statementsOf(
      resolvedProperties(contextFor(execution, { ...ADMIN, ...params }), 'PatternDeploymentPolicy')?.PolicyDocument,
    );
  const ROLE_CHANGES = ['iam:CreateRole', 'iam:PutRolePolicy', 'iam:AttachRolePolicy', 'iam:DetachRolePolicy'];

  it('creates and changes role permissions only with the permissions boundary attached', () => {
    // Act
    const statements = statementsFor().filter((statement) =>
      asList(statement.Action).some((action) => ROLE_CHANGES.includes(action)),
    );

    // Assess
    expect(statements).toHaveLength(1);
    expect(statements[0]?.Condition).toEqual({
      StringEquals: { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/fsxn-s3ap-pattern-boundary' },
    });
    expect(statements[0]?.Resource).toBe('arn:aws:iam::111122223333:role/StackSet-*');
  });

  it('denies removing or replacing a boundary', () => {
    // Act
    const deny = statementsFor().find((statement) => statement.Sid === 'KeepPermissionsBoundary') as
      | (Statement & { Effect: string })
      | undefined;

    // Assess
    expect(deny?.Effect).toBe('Deny');
    expect(asList(deny?.Action ?? []).sort()).toEqual([
      'iam:DeleteRolePermissionsBoundary',
      'iam:PutRolePermissionsBoundary',
    ]);
  });

  it('allows nothing on every role or every object: roles by name prefix, objects of the artifacts bucket', () => {
    // Act
    const allowed = statementsFor({ RoleNamePrefix: 'fsxn-' }).filter(
      (statement) => (statement as Statement & { Effect: string }).Effect === 'Allow',
    );
    const resources = allowed.flatMap((statement) => asList(statement.Resource));
    const passRole = allowed.find((statement) => asList(statement.Action).includes('iam:PassRole'));
    const getObject = allowed.find((statement) => asList(statement.Action).includes('s3:GetObject'));

    // Assess
    expect(resources).not.toContain('arn:aws:iam::111122223333:role/*');
    expect(resources).not.toContain('arn:aws:s3:::*/*');
    expect(passRole?.Resource).toBe('arn:aws:iam::111122223333:role/fsxn-*');
    expect(getObject?.Resource).toBe('arn:aws:s3:::aws-sam-cli-managed-default-samclisourcebucket-*/*');
  });

  it('grants ECR actions only on the image repository, and only when one is given', () => {
    // Act
    const none = statementsFor().filter((statement) => asList(statement.Action).some((a) => a.startsWith('ecr:')));
    const some = statementsFor({ ImageRepositoryName: 'fsxn-s3ap/fpolicy-server' }).filter((statement) =>
      asList(statement.Action).some((action) => action.startsWith('ecr:')),
    );

    // Assess
    expect(none).toEqual([]);
    expect(some).toHaveLength(1);
    expect(some[0]?.Resource).toBe('arn:aws:ecr:*:111122223333:repository/fsxn-s3ap/fpolicy-server');
  });
});

describe('OAM templates', () => {
  it('links metrics, log groups and traces to the sink', () => {
    // Prepare
    const ctx = contextFor(link, { SinkArn: 'arn:aws:oam:eu-west-1:111122223333:sink/abcd-1234' });

    // Act
    const properties = resolvedProperties(ctx, 'ObservabilityLink');

    // Assess
    expect(properties?.ResourceTypes).toEqual(['AWS::CloudWatch::Metric', 'AWS::Logs::LogGroup', 'AWS::XRay::Trace']);
    expect(properties?.LinkConfiguration).toBeUndefined();
  });

  it('admits the listed accounts, or the organization when no account is listed', () => {
    // Prepare
    const accounts = contextFor(sink, { SourceAccountIds: '444455556666,777788889999' });
    const organization = contextFor(sink, { OrganizationId: 'o-abcdef1234' });

    // Act
    const byAccount = resolvedProperties(accounts, 'ObservabilitySink');
    const byOrg = resolvedProperties(organization, 'ObservabilitySink');
    const accountStatement = statementsOf(byAccount?.Policy)[0];
    const orgStatement = statementsOf(byOrg?.Policy)[0];

    // Assess
    expect(accountStatement?.Principal).toEqual({ AWS: ['444455556666', '777788889999'] });
    expect(orgStatement?.Principal).toBe('*');
    expect(orgStatement?.Condition?.StringEquals).toEqual({ 'aws:PrincipalOrgID': 'o-abcdef1234' });
  });
});
