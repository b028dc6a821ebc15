/**
 * Model registry commands for the stack's package group (`<stack>-point-cloud-segmentation`):
 *
 *   tsx scripts/model-registry.ts list <stack>                    every package, newest first, with its status
 *   tsx scripts/model-registry.ts approve <package-arn> [reason]  marks a package Approved (deployable)
 *   tsx scripts/model-registry.ts reject <package-arn> [reason]   marks a package Rejected
 *   tsx scripts/model-registry.ts latest <stack>                  the newest Approved package ARN (for ModelPackageArn)
 *
 * Uses the standard AWS credential chain and AWS_REGION.
 */
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { latestApprovedPackage, listPackages, setApproval } from '../src/domain/inference/model-registry';

const groupOf = (stack: string) => `${stack}-point-cloud-segmentation`;

/** Runs one command; returns the text to print. */
export async function runRegistryCommand(args: readonly string[], client: SageMakerClient): Promise<string> {
  const [command, target, ...reason] = args;
  if (!target) throw new Error('usage: model-registry.ts list|latest <stack> | approve|reject <package-arn> [reason]');
  switch (command) {
    case 'list':
      return (await listPackages(client, groupOf(target)))
        .map((p) => `${p.version ?? '-'}\t${p.status ?? '-'}\t${p.created ?? '-'}\t${p.arn}`)
        .join('\n');
    case 'latest':
      return (await latestApprovedPackage(client, groupOf(target))).arn;
    case 'approve':
    case 'reject': {
      const status = command === 'approve' ? 'Approved' : 'Rejected';
      await setApproval(client, target, status, reason.join(' ') || `${status} with scripts/model-registry.ts`);
      return `${target} is now ${status}`;
    }
    default:
      throw new Error(`unknown command ${command ?? ''}: use list, latest, approve or reject`);
  }
}

if (require.main === module) {
  runRegistryCommand(process.argv.slice(2), new SageMakerClient({})).then(
    (text) => process.stdout.write(`${text}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
