/** Assertions every pattern's tests share (import from `@fsxn-s3ap/tools/testing`). */

export { demoDataTest } from './demo-data-test';
export { localRun } from './local-run';
export { type RunOutcome, runOutcome, SUCCEEDED } from './run-outcome';
export {
  aslErrorNames,
  DEFAULT_ASL_FILE,
  definitionPlaceholders,
  isServiceErrorName,
  unknownAslErrorNames,
} from './workflow-definition';
