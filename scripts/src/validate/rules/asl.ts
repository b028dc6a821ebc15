import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runAslValidator } from '../asl/asl-validator';
import { checkDefinition } from '../asl/states';
import { definitionPlaceholders, dummySubstitution, substitute } from '../asl/substitutions';
import { asRecord, intrinsicName, walk } from '../support/values';
import { type CfnValue, createReporter, type Reporter, type Rule, type Template } from '../types';

function hasSub(value: CfnValue | undefined): boolean {
  let found = false;
  walk(value, '', (item) => {
    if (intrinsicName(item) === 'Fn::Sub') found = true;
  });
  return found;
}

function readDefinition(
  report: Reporter,
  id: string,
  file: string,
  uri: string,
): { text: string; json: unknown } | undefined {
  if (!existsSync(file)) {
    report.error(`DefinitionUri ${uri} does not exist`, id, 'Properties.DefinitionUri');
    return undefined;
  }
  const text = readFileSync(file, 'utf8');
  try {
    return { text, json: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    report.error(`${uri} is not valid JSON before substitution: ${reason}`, id, 'Properties.DefinitionUri');
    return undefined;
  }
}

function checkStateMachine(report: Reporter, template: Template, id: string, properties: Record<string, CfnValue>) {
  const uri = properties.DefinitionUri;
  if (uri === undefined) {
    const why = hasSub(properties.Definition) ? 'inline Definition uses Fn::Sub' : 'no DefinitionUri';
    report.error(`${why}: keep the ASL in statemachine/*.asl.json with DefinitionSubstitutions`, id, 'Properties');
    return;
  }
  if (typeof uri !== 'string') {
    report.error('DefinitionUri must be a path to the ASL file next to the template', id, 'Properties.DefinitionUri');
    return;
  }
  const file = path.resolve(template.dir, uri);
  const definition = readDefinition(report, id, file, uri);
  if (!definition) return;
  const substitutions = asRecord(properties.DefinitionSubstitutions);
  const placeholders = definitionPlaceholders(definition.text);
  for (const name of placeholders) {
    if (!(name in substitutions)) {
      report.error(`\${${name}} in ${uri} is not a DefinitionSubstitution`, id, 'Properties.DefinitionSubstitutions');
    }
  }
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(substitutions)) {
    if (!placeholders.has(name)) {
      report.error(
        `DefinitionSubstitution ${name} is not used in ${uri}`,
        id,
        `Properties.DefinitionSubstitutions.${name}`,
      );
    }
    values.set(name, dummySubstitution(name, value, template.body.Resources));
  }
  for (const problem of checkDefinition(definition.json)) {
    report.add(problem.severity ?? 'error', problem.message, id, `${uri}#${problem.path}`);
  }
  const substituted: unknown = JSON.parse(substitute(definition.text, values));
  for (const message of runAslValidator(substituted)) report.error(`asl-validator: ${message}`, id, uri);
}

/** State machines keep their ASL in a JSON file whose placeholders match DefinitionSubstitutions, and it is valid. */
export const aslRule: Rule = {
  id: 'asl',
  summary: 'state machine definitions: DefinitionUri JSON, substitutions, asl-validator, JSONPath only, Retry/Catch',
  check(context) {
    const { template } = context;
    const report = createReporter('asl', template.file);
    for (const [id, resource] of Object.entries(template.body.Resources)) {
      const properties = asRecord(resource.Properties);
      if (resource.Type === 'AWS::Serverless::StateMachine') checkStateMachine(report, template, id, properties);
      if (resource.Type === 'AWS::StepFunctions::StateMachine' && hasSub(properties.DefinitionString)) {
        report.error(
          'inline DefinitionString with Fn::Sub: use AWS::Serverless::StateMachine with DefinitionUri',
          id,
          'Properties.DefinitionString',
        );
      }
    }
    return report.findings;
  },
};
