/**
 * The CloudFormation custom resource protocol: the request CloudFormation sends to the function and the response
 * body the function PUTs to the request's pre-signed ResponseURL.
 */
import { nonEmptyString, parseWith } from '@fsxn-s3ap/shared/schema';
import * as z from '@fsxn-s3ap/shared/zod';

/** The request types CloudFormation sends. */
export const REQUEST_TYPES = ['Create', 'Update', 'Delete'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** A custom resource request. `responseUrl` is a bearer credential: it is never logged. */
export interface CustomResourceRequest {
  requestType: RequestType;
  responseUrl: string;
  stackId: string;
  requestId: string;
  logicalResourceId: string;
  /** Absent on Create. */
  physicalResourceId?: string;
  properties: Record<string, unknown>;
}

/** The response body, exactly as CloudFormation reads it. */
export interface CustomResourceResponse {
  Status: 'SUCCESS' | 'FAILED';
  Reason: string;
  PhysicalResourceId: string;
  StackId: string;
  RequestId: string;
  LogicalResourceId: string;
  Data: Record<string, string>;
}

/** What the resource's logic decided. */
export type CustomResourceOutcome =
  | { status: 'SUCCESS'; physicalResourceId: string; reason: string; data: Record<string, string> }
  | { status: 'FAILED'; reason: string };

/** CloudFormation keeps Reason short; longer text is cut with an ellipsis. */
export const MAX_REASON_LENGTH = 1000;

/** Physical ids are limited to 1 KB. */
const MAX_PHYSICAL_ID_LENGTH = 1024;

const RequestSchema = z.object({
  RequestType: z.enum(REQUEST_TYPES),
  ResponseURL: nonEmptyString(),
  StackId: nonEmptyString(),
  RequestId: nonEmptyString(),
  LogicalResourceId: nonEmptyString(),
  PhysicalResourceId: z.optional(z.string()),
  ResourceProperties: z.optional(z.record(z.string(), z.unknown())),
});

/** Parses a custom resource request; ValidationError naming the field (never the URL) when one is wrong. */
export function parseCustomResourceRequest(event: unknown): CustomResourceRequest {
  const request = parseWith(RequestSchema, event, 'custom resource request');
  const physical = request.PhysicalResourceId;
  return {
    requestType: request.RequestType,
    responseUrl: request.ResponseURL,
    stackId: request.StackId,
    requestId: request.RequestId,
    logicalResourceId: request.LogicalResourceId,
    ...(physical !== undefined && physical !== '' ? { physicalResourceId: physical } : {}),
    properties: request.ResourceProperties ?? {},
  };
}

/** A string property of the resource ('' when absent or not a string). */
export function stringProperty(request: CustomResourceRequest, name: string): string {
  const value = request.properties[name];
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The response body. A failed Update or a Delete keeps the physical id CloudFormation knows (a new id on a failed
 * Update would look like a replacement); a failed Create has none yet, so the logical id stands in.
 */
export function buildResponse(request: CustomResourceRequest, outcome: CustomResourceOutcome): CustomResourceResponse {
  const known = request.physicalResourceId ?? request.logicalResourceId;
  const physical =
    outcome.status === 'SUCCESS' && request.requestType !== 'Delete' ? outcome.physicalResourceId : known;
  return {
    Status: outcome.status,
    Reason: truncate(outcome.reason, MAX_REASON_LENGTH),
    PhysicalResourceId: truncate(physical || known, MAX_PHYSICAL_ID_LENGTH),
    StackId: request.stackId,
    RequestId: request.requestId,
    LogicalResourceId: request.logicalResourceId,
    Data: outcome.status === 'SUCCESS' ? outcome.data : {},
  };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 3)}...`;
}
