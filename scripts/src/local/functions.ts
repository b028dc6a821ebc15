import type { BuiltFunction } from '../sam-build';
import { listFunctions } from '../template';
import { functionEnvironment, memorySize, type ServiceEndpoints, timeoutSeconds } from './environment';
import { LocalRunError } from './errors';
import type { LocalFunction } from './lambda/lambda-host';
import type { LocalStack } from './stack';

/** The stack's functions (those whose Condition holds) with their bundles and resolved environments, by name. */
export function localFunctions(
  stack: LocalStack,
  built: readonly BuiltFunction[],
  endpoints: ServiceEndpoints,
): Map<string, LocalFunction> {
  const out = new Map<string, LocalFunction>();
  for (const fn of listFunctions(stack.template)) {
    const resource = stack.resources[fn.logicalId];
    if (!resource) continue;
    const bundle = built.find((entry) => entry.logicalId === fn.logicalId);
    if (!bundle) throw new LocalRunError(`${fn.logicalId} was not built`);
    out.set(resource.name, {
      logicalId: fn.logicalId,
      name: resource.name,
      arn: resource.attributes.Arn ?? resource.ref,
      bundleFile: bundle.bundleFile,
      handlerExport: bundle.handlerExport,
      environment: functionEnvironment(fn, stack, endpoints),
      timeoutSeconds: timeoutSeconds(fn, stack),
      memoryMb: memorySize(fn, stack),
    });
  }
  return out;
}
