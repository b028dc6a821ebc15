export { main, parseParams, UsageError } from './main';
export { featureSwitches, switchCombinations, validateMatrix } from './matrix';
export { formatFindings, summarize } from './report';
export { RULES } from './rules';
export type { Finding, Rule, RuleContext, Severity } from './types';
export { listTemplates, type ValidateOptions, validateRepository, validateTemplateFile } from './validate';
