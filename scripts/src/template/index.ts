export { listPatterns, listSharedStacks, type PatternDir, REPO_ROOT } from './discover';
export { type CfnResource, listFunctions, loadTemplate, type SamFunction, type Template } from './model';
export { type CfnValue, parseCfnYaml, SHORT_FORM_FUNCTIONS, TemplateParseError } from './yaml';
