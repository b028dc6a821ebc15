import { CHOICE_OPERATORS, CHOICE_RULE_FIELDS, suggestOperator } from './choice-operators';
import { checkMapMode } from './distributed-map';
import { checkUnboundedInlineMaps } from './unbounded-inline-map';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import type { DefinitionProblem } from './problem';

export type { DefinitionProblem };

const JSONATA_FIELDS = ['Assign', 'Arguments', 'Output'] as const;

function checkChoiceRule(rule: unknown, path: string, problems: DefinitionProblem[]): void {
  if (!isObject(rule)) return;
  for (const key of Object.keys(rule)) {
    if (key === 'Condition') {
      problems.push({ path, message: 'Choice rule uses Condition, a JSONata field; write a JSONPath comparison' });
    } else if (!CHOICE_RULE_FIELDS.has(key) && !CHOICE_OPERATORS.has(key)) {
      const suggestion = suggestOperator(key);
      problems.push({
        path,
        message: `unknown Choice operator ${key}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
      });
    }
  }
  for (const key of ['And', 'Or'] as const) {
    const list = rule[key];
    if (!Array.isArray(list)) continue;
    list.forEach((inner, index) => {
      checkChoiceRule(inner, `${path}.${key}[${index}]`, problems);
    });
  }
  if (rule.Not !== undefined) checkChoiceRule(rule.Not, `${path}.Not`, problems);
}

/** Where a state sits: in a Distributed Map's child, or in a branch of a Parallel state that catches its errors. */
interface Enclosing {
  inDistributedChild: boolean;
  caughtByParallel: boolean;
}

const TOP: Enclosing = { inDistributedChild: false, caughtByParallel: false };

function checkTask(state: Json, path: string, problems: DefinitionProblem[], enclosing: Enclosing): void {
  // In a Distributed Map's child a failure should fail the child: the Map counts it against its tolerated failures
  // and lists it in its FAILED results, and the Map itself must Catch (checked with the Map). In a branch of a
  // Parallel state with Catch, the Parallel catches what the Task does not.
  const { inDistributedChild } = enclosing;
  const required =
    inDistributedChild || enclosing.caughtByParallel ? (['Retry'] as const) : (['Retry', 'Catch'] as const);
  for (const field of required) {
    const value = state[field];
    if (!Array.isArray(value) || value.length === 0) {
      const rule = inDistributedChild
        ? 'every Task of a Distributed Map child needs Retry'
        : enclosing.caughtByParallel
          ? 'every Task needs Retry'
          : 'every Task needs Retry and Catch';
      problems.push({ path, message: `Task has no ${field}; ${rule}` });
    }
  }
  const resource = state.Resource;
  if (typeof resource === 'string' && resource.endsWith('.waitForTaskToken')) {
    if (state.TimeoutSeconds === undefined && state.TimeoutSecondsPath === undefined) {
      problems.push({ path, message: 'a .waitForTaskToken Task needs TimeoutSeconds so a lost token cannot hang it' });
    }
  }
}

function checkState(state: unknown, path: string, problems: DefinitionProblem[], enclosing: Enclosing): void {
  if (!isObject(state)) return;
  if (state.QueryLanguage === 'JSONata') problems.push({ path, message: 'QueryLanguage JSONata is not allowed' });
  for (const field of JSONATA_FIELDS) {
    if (state[field] !== undefined) {
      problems.push({ path, message: `${field} is not allowed (JSONata field; use JSONPath)` });
    }
  }
  if (state.Type === 'Task') checkTask(state, path, problems, enclosing);
  if (state.Type === 'Choice' && Array.isArray(state.Choices)) {
    state.Choices.forEach((rule, index) => {
      checkChoiceRule(rule, `${path}.Choices[${index}]`, problems);
    });
  }
  if (state.Type === 'Map') {
    checkMapMode(state, path, problems, enclosing.caughtByParallel);
    for (const key of ['ItemProcessor', 'Iterator'] as const) {
      const inner = state[key];
      if (!isObject(inner)) continue;
      const config = isObject(inner.ProcessorConfig) ? inner.ProcessorConfig : {};
      const inDistributedChild = config.Mode === 'DISTRIBUTED';
      checkStates(inner.States, `${path}.${key}.States`, problems, { inDistributedChild, caughtByParallel: false });
    }
  }
  if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
    const caught = Array.isArray(state.Catch) && state.Catch.length > 0;
    const inner = { inDistributedChild: enclosing.inDistributedChild, caughtByParallel: caught };
    state.Branches.forEach((branch, index) => {
      if (isObject(branch)) checkStates(branch.States, `${path}.Branches[${index}].States`, problems, inner);
    });
  }
}

function checkStates(states: unknown, path: string, problems: DefinitionProblem[], enclosing = TOP): void {
  if (!isObject(states)) return;
  for (const [name, state] of Object.entries(states)) checkState(state, `${path}.${name}`, problems, enclosing);
  checkUnboundedInlineMaps(states, path, problems);
}

/**
 * The project's own ASL rules: JSONPath only, Retry and Catch on every Task, timeouts on task tokens, valid Choices,
 * Distributed Map fields by mode (Catch, ResultWriter, batch and failure limits), unbounded INLINE Maps (warning).
 */
export function checkDefinition(definition: unknown): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  if (!isObject(definition)) return [{ path: '', message: 'the definition is not a JSON object' }];
  if (definition.QueryLanguage === 'JSONata')
    problems.push({ path: '', message: 'QueryLanguage JSONata is not allowed' });
  checkStates(definition.States, 'States', problems);
  return problems;
}
