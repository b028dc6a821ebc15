/** SageMaker Model Registry: list packages of a group, approve or reject one, and pick the latest Approved one. */
import {
  CreateModelCommand,
  DescribeModelCommand,
  ListModelPackagesCommand,
  type ModelApprovalStatus,
  type SageMakerClient,
  UpdateModelPackageCommand,
} from '@aws-sdk/client-sagemaker';
import { NoApprovedModelError } from '../../errors';

/** A package as the registry script prints it. */
export interface PackageSummary {
  arn: string;
  version?: number;
  status?: string;
  created?: string;
}

/** Every package of the group, newest first (follows NextToken). */
export async function listPackages(
  client: SageMakerClient,
  group: string,
  status?: ModelApprovalStatus,
): Promise<PackageSummary[]> {
  const packages: PackageSummary[] = [];
  let nextToken: string | undefined;
  do {
    const page = await client.send(
      new ListModelPackagesCommand({
        ModelPackageGroupName: group,
        ModelApprovalStatus: status,
        SortBy: 'CreationTime',
        SortOrder: 'Descending',
        NextToken: nextToken,
      }),
    );
    for (const item of page.ModelPackageSummaryList ?? []) {
      packages.push({
        arn: item.ModelPackageArn ?? '',
        version: item.ModelPackageVersion,
        status: item.ModelApprovalStatus,
        created: item.CreationTime?.toISOString(),
      });
    }
    nextToken = page.NextToken;
  } while (nextToken);
  return packages;
}

/** Sets a package's approval status (Approved or Rejected) with a description of why. */
export async function setApproval(
  client: SageMakerClient,
  arn: string,
  status: 'Approved' | 'Rejected',
  description: string,
): Promise<void> {
  await client.send(
    new UpdateModelPackageCommand({
      ModelPackageArn: arn,
      ModelApprovalStatus: status,
      ApprovalDescription: description,
    }),
  );
}

/** The newest Approved package; NoApprovedModelError when the group has none (nothing unapproved is deployed). */
export async function latestApprovedPackage(client: SageMakerClient, group: string): Promise<PackageSummary> {
  const [latest] = await listPackages(client, group, 'Approved');
  if (!latest)
    throw new NoApprovedModelError(
      `Model package group ${group} has no Approved package; approve one with scripts/model-registry.ts`,
    );
  return latest;
}

/** A model for the newest Approved package, created on first use and named after the package version. */
export async function modelForApprovedPackage(
  client: SageMakerClient,
  options: { group: string; roleArn: string; modelPrefix: string },
): Promise<string> {
  const latest = await latestApprovedPackage(client, options.group);
  const name = `${options.modelPrefix}-v${latest.version ?? 0}`.slice(0, 63);
  try {
    await client.send(new DescribeModelCommand({ ModelName: name }));
  } catch (error) {
    if (!(error instanceof Error && /Could not find model/i.test(error.message))) throw error;
    await client.send(
      new CreateModelCommand({
        ModelName: name,
        ExecutionRoleArn: options.roleArn,
        Containers: [{ ModelPackageName: latest.arn }],
      }),
    );
  }
  return name;
}
