export { BUILD_CONCURRENCY, mapBounded } from './bounded';
export { cacheFilesOf, inputsHash, isFresh } from './build-cache';
export { type BuiltFunction, buildFunction, findEsbuild } from './build-function';
export { buildPattern, describeBuild } from './build-pattern';
export { checkFunctionContract, codeDirOf, resolveEntryPoint } from './contract';
export { ContractError, type ContractViolation, formatViolations } from './errors';
export {
  buildPropertiesOf,
  entryPointsOf,
  esbuildArgs,
  esbuildArgsFromProperties,
  flagName,
  isFlagKey,
  propertyFlags,
  snakeCaseKey,
} from './esbuild-args';
export { bundleModules, type HandlerParts, parseHandler } from './handler';
export { evaluateCondition, NO_VALUE, PSEUDO_PARAMETERS, resolveValue } from './intrinsics';
export { type ChildResult, runChild, runNodeScript } from './node-child';
export {
  collectPatternFunctions,
  functionOutDir,
  type PatternFunction,
  type TemplateFailure,
  templateLabel,
} from './pattern-functions';
export { placeholderEnvironment } from './placeholder-env';
export { LIST_KEYS, propertyViolations, STRING_KEYS } from './property-rules';
export { verifyHandlerExport } from './verify-export';
