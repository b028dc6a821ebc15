import type { SamFunction, Template } from '../template';
import { NO_VALUE, resolveValue } from './intrinsics';

/**
 * The environment a function's bundle sees when it is loaded outside AWS: its template Environment (Globals
 * merged) with parameters at their Default and resources as plausible placeholders, plus `AWS_REGION`,
 * `DEMO_MODE=true` and `AWS_LAMBDA_FUNCTION_NAME`. Loading a bundle runs its cold start, which parses this.
 */
export function placeholderEnvironment(template: Template, fn: SamFunction): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(fn.environment)) {
    const resolved = resolveValue(template, value, name);
    if (resolved !== NO_VALUE) env[name] = resolved;
  }
  env.AWS_REGION = 'us-east-1';
  env.DEMO_MODE = 'true';
  env.AWS_LAMBDA_FUNCTION_NAME = fn.logicalId;
  return env;
}
