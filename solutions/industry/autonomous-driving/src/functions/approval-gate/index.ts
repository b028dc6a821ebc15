/**
 * Approval gate: the `Custom::ApprovedModelPackage` resource. CloudFormation creates the endpoint's model only after
 * this function has confirmed that ModelPackageArn is an Approved, Completed package of the stack's group; otherwise
 * the deployment fails with a reason naming the package and its status. Every request is answered, even on error.
 */
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { requireEnv } from '@fsxn-s3ap/shared/config';
import { createAwsClient, getLogger, withObservability } from '@fsxn-s3ap/shared/observability';
import { createPackageDescriber } from '../../adapters/aws-ports';
import { createResponseSender, type ResponseSender } from '../../adapters/cfn-response';
import { lazyDeps } from '../../deps';
import type { ModelPackageState } from '../../domain/inference/approval-gate';
import { decideApprovalGate } from '../../domain/inference/approval-gate-request';
import {
  buildResponse,
  type CustomResourceOutcome,
  type CustomResourceResponse,
  parseCustomResourceRequest,
} from '../../domain/inference/custom-resource';

/** Time kept back from the function's remaining time to send the answer. */
export const ANSWER_MARGIN_MS = 10_000;

/** Budget of the check when the context does not say how much time is left. */
export const DEFAULT_BUDGET_MS = 30_000;

export interface ApprovalGateDeps {
  describePackage: (arn: string) => Promise<ModelPackageState | undefined>;
  group: () => string;
  send: ResponseSender;
}

/** The part of the Lambda context this function reads. */
export interface GateContext {
  getRemainingTimeInMillis?: () => number;
}

export const createHandler =
  (deps: ApprovalGateDeps) =>
  async (event: unknown, context?: GateContext): Promise<CustomResourceResponse> => {
    const request = parseCustomResourceRequest(event);
    const logger = getLogger();
    const remaining = context?.getRemainingTimeInMillis?.();
    const budgetMs = remaining === undefined ? DEFAULT_BUDGET_MS : Math.max(1000, remaining - ANSWER_MARGIN_MS);
    let outcome: CustomResourceOutcome;
    try {
      outcome = await decideApprovalGate(request, { ...deps, budgetMs });
    } catch (error) {
      outcome = {
        status: 'FAILED',
        reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      };
    }
    const response = buildResponse(request, outcome);
    const summary = {
      requestType: request.requestType,
      logicalResourceId: request.logicalResourceId,
      status: response.Status,
      reason: response.Reason,
    };
    if (response.Status === 'FAILED') logger.warn('Approval gate refused the request', summary);
    else logger.info('Approval gate answered', summary);
    await deps.send(request.responseUrl, response);
    return response;
  };

export const defaultDeps = (): ApprovalGateDeps =>
  lazyDeps<ApprovalGateDeps>({
    describePackage: () => createPackageDescriber(createAwsClient(SageMakerClient, { maxAttempts: 4 })),
    group: () => () => requireEnv('MODEL_PACKAGE_GROUP'),
    send: () => createResponseSender(),
  });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'UC9' });
