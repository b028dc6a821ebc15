import type { Template } from '../template';
import { LocalRunError } from './errors';

/** Region, account and partition of the local stack (the values of AWS::Region, AWS::AccountId, AWS::Partition). */
export const LOCAL_REGION = 'us-east-1';
export const LOCAL_ACCOUNT = '000000000000';
export const LOCAL_PARTITION = 'aws';

/** The bucket that stands for the input access point when the template gives no S3AccessPointAlias default. */
export const LOCAL_INPUT_ALIAS = 'local-input-ext-s3alias';

const LOCAL_DEFAULTS: Record<string, string> = {
  S3AccessPointAlias: LOCAL_INPUT_ALIAS,
  S3AccessPointName: 'local-input',
  DemoMode: 'true',
};

/** Parses `K=V,K2=V2` (the PARAMS of `make run`); a value may contain `=`. */
export function parseParams(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of (text ?? '').split(',').map((part) => part.trim())) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new LocalRunError(`PARAMS entry "${pair}" is not KEY=VALUE`);
    out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}

/**
 * Parameter values of a local run: template defaults, then local defaults (the input alias, DemoMode=true), then
 * the caller's overrides, then the pseudo parameters. Throws `LocalRunError` on an override the template does not
 * declare or a value outside AllowedValues.
 */
export function resolveParameters(
  template: Template,
  overrides: Readonly<Record<string, string>>,
  stackName: string,
): Record<string, string> {
  const declared = template.body.Parameters ?? {};
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const fallback = LOCAL_DEFAULTS[name];
    const given = spec.Default;
    values[name] =
      given === undefined || given === null || (given === '' && fallback !== undefined)
        ? (fallback ?? '')
        : String(given);
    if (name === 'DemoMode') values[name] = 'true';
  }
  for (const [name, value] of Object.entries(overrides)) {
    const spec = declared[name];
    if (!spec) throw new LocalRunError(`parameter ${name} is not declared in ${template.file}`);
    const allowed = spec.AllowedValues;
    if (Array.isArray(allowed) && !allowed.map(String).includes(value)) {
      throw new LocalRunError(`parameter ${name}=${value} is not one of ${allowed.map(String).join(', ')}`);
    }
    values[name] = value;
  }
  return {
    ...values,
    'AWS::Region': LOCAL_REGION,
    'AWS::AccountId': LOCAL_ACCOUNT,
    'AWS::Partition': LOCAL_PARTITION,
    'AWS::StackName': stackName,
    'AWS::StackId': `arn:aws:cloudformation:${LOCAL_REGION}:${LOCAL_ACCOUNT}:stack/${stackName}/local`,
    'AWS::URLSuffix': 'amazonaws.com',
  };
}
