import { listFunctions } from '../../template';
import { collectReferences } from '../support/refs';
import { asList, asRecord, renderTexts } from '../support/values';
import { type CfnValue, createReporter, type Rule } from '../types';

const LOG_GROUP = 'AWS::Logs::LogGroup';

function logGroupTargets(value: CfnValue | undefined, logGroups: ReadonlySet<string>): string[] {
  return collectReferences(value, '')
    .map((reference) => reference.target)
    .filter((target) => logGroups.has(target));
}

/** Every function and state machine logs to a log group of its own with a retention; every log group has one. */
export const logsRule: Rule = {
  id: 'logs',
  summary: 'functions and state machines log to a log group with RetentionInDays; every log group has a retention',
  check(context) {
    const { template } = context;
    const report = createReporter('logs', template.file);
    const resources = template.body.Resources;
    const logGroups = new Set(Object.keys(resources).filter((id) => resources[id]?.Type === LOG_GROUP));
    const names = new Map<string, string>();
    for (const id of logGroups) {
      const properties = asRecord(resources[id]?.Properties);
      if (properties.RetentionInDays === undefined) {
        report.error('log group has no RetentionInDays: logs would be kept forever', id, 'Properties');
      }
      for (const name of renderTexts(properties.LogGroupName)) names.set(name, id);
    }
    for (const fn of listFunctions(template)) {
      const configured = asRecord(fn.properties.LoggingConfig).LogGroup;
      const byReference = logGroupTargets(configured, logGroups);
      const byName = [
        ...renderTexts(configured),
        `/aws/lambda/\${${fn.logicalId}}`,
        ...renderTexts(fn.properties.FunctionName).map((name) => `/aws/lambda/${name}`),
      ].filter((name) => names.has(name));
      if (byReference.length === 0 && byName.length === 0) {
        report.error(
          'function has no log group with retention: add an AWS::Logs::LogGroup and LoggingConfig.LogGroup !Ref it',
          fn.logicalId,
          'Properties.LoggingConfig',
        );
      }
    }
    for (const [id, resource] of Object.entries(resources)) {
      const properties = asRecord(resource.Properties);
      const logging =
        resource.Type === 'AWS::Serverless::StateMachine'
          ? properties.Logging
          : resource.Type === 'AWS::StepFunctions::StateMachine'
            ? properties.LoggingConfiguration
            : undefined;
      if (!resource.Type.endsWith('::StateMachine')) continue;
      const destinations = asList(asRecord(logging).Destinations);
      const pointsToLogGroup = destinations.some((destination) => logGroupTargets(destination, logGroups).length > 0);
      if (!pointsToLogGroup) {
        report.error('state machine Logging has no destination that is a log group of this template', id, 'Properties');
      }
    }
    return report.findings;
  },
};
