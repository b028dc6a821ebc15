import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type CfnValue, parseCfnYaml } from './yaml';

/** One resource of a template, long-form intrinsics included. */
export interface CfnResource {
  Type: string;
  Properties?: Record<string, CfnValue>;
  Metadata?: Record<string, CfnValue>;
  Condition?: string;
  DependsOn?: string | string[];
  [key: string]: CfnValue | undefined;
}

/** A parsed CloudFormation or SAM template with the file it came from. */
export interface Template {
  file: string;
  dir: string;
  body: {
    AWSTemplateFormatVersion?: string;
    Transform?: CfnValue;
    Description?: string;
    Parameters?: Record<string, Record<string, CfnValue>>;
    Conditions?: Record<string, CfnValue>;
    Mappings?: Record<string, CfnValue>;
    Globals?: Record<string, Record<string, CfnValue>>;
    Resources: Record<string, CfnResource>;
    Outputs?: Record<string, Record<string, CfnValue>>;
  };
}

/** Reads and parses a template file. Throws `TemplateParseError` naming the file when it is not valid. */
export function loadTemplate(file: string): Template {
  const absolute = path.resolve(file);
  const body = parseCfnYaml(readFileSync(absolute, 'utf8'), absolute) as Template['body'];
  if (!body.Resources || typeof body.Resources !== 'object') body.Resources = {};
  return { file: absolute, dir: path.dirname(absolute), body };
}

/** A Lambda function declared as `AWS::Serverless::Function`, with SAM Globals merged in. */
export interface SamFunction {
  logicalId: string;
  codeUri: string | undefined;
  handler: string | undefined;
  runtime: string | undefined;
  timeout: CfnValue | undefined;
  environment: Record<string, CfnValue>;
  metadata: Record<string, CfnValue> | undefined;
  properties: Record<string, CfnValue>;
}

function asRecord(value: CfnValue | undefined): Record<string, CfnValue> {
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

/** Lists every `AWS::Serverless::Function`, merging `Globals.Function` as SAM does (function values win). */
export function listFunctions(template: Template): SamFunction[] {
  const globals = asRecord(template.body.Globals?.Function);
  const globalEnv = asRecord(asRecord(globals.Environment).Variables);
  return Object.entries(template.body.Resources)
    .filter(([, resource]) => resource.Type === 'AWS::Serverless::Function')
    .map(([logicalId, resource]) => {
      const own = resource.Properties ?? {};
      const properties = { ...globals, ...own };
      const environment = { ...globalEnv, ...asRecord(asRecord(own.Environment).Variables) };
      const str = (value: CfnValue | undefined) => (typeof value === 'string' ? value : undefined);
      return {
        logicalId,
        codeUri: str(properties.CodeUri),
        handler: str(properties.Handler),
        runtime: str(properties.Runtime),
        timeout: properties.Timeout,
        environment,
        metadata: resource.Metadata,
        properties,
      };
    });
}
