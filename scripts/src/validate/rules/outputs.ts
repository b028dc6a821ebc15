import { asRecord } from '../support/values';
import { type CfnValue, createReporter, type Rule } from '../types';

const MONITORED: Record<string, string> = {
  'AWS::Serverless::StateMachine': 'state machine ARN',
  'AWS::Serverless::Function': 'function name',
};

/** True when `value` is `!Ref id` or `!GetAtt id.Arn` (for a state machine, both give its ARN). */
function pointsTo(value: CfnValue | undefined, id: string, type: string): boolean {
  const record = asRecord(value);
  if (record.Ref === id) return true;
  const getAtt = record['Fn::GetAtt'];
  return type === 'AWS::Serverless::StateMachine' && Array.isArray(getAtt) && getAtt[0] === id && getAtt[1] === 'Arn';
}

/**
 * The shared dashboard and alarm stacks take state machine ARNs and function names as parameters, so a pattern
 * exports every one of them (under the same Condition as the resource, so the output never dangles).
 */
export const outputsRule: Rule = {
  id: 'outputs',
  summary: 'a pattern outputs every state machine ARN and function name the shared dashboard and alarms take',
  check(context) {
    const { template } = context;
    const report = createReporter('outputs', template.file);
    if (!context.isSam) return report.findings;
    const outputs = Object.values(template.body.Outputs ?? {});
    for (const [id, resource] of Object.entries(template.body.Resources)) {
      const what = MONITORED[resource.Type];
      if (!what) continue;
      const output = outputs.find((candidate) => pointsTo(candidate.Value, id, resource.Type));
      if (!output) {
        report.error(`no output gives this ${what}; the shared dashboard and alarms need it`, id, 'Outputs');
      } else if (resource.Condition !== undefined && output.Condition !== resource.Condition) {
        report.error(
          `the output of this ${what} must carry the resource's Condition (${resource.Condition})`,
          id,
          'Outputs',
        );
      }
    }
    return report.findings;
  },
};
