import { hardcodedValues, LITERAL_PARTITION } from '../support/literals';
import { walk } from '../support/values';
import { type CfnValue, createReporter, type Reporter, type Rule } from '../types';

function scan(report: Reporter, value: CfnValue | undefined, owner: string, base: string): void {
  walk(value, base, (item, path) => {
    if (typeof item !== 'string') return;
    for (const literal of hardcodedValues(item)) {
      report.error(`hard-coded ${literal}: use \${AWS::Region} / \${AWS::AccountId} or a parameter`, owner, path);
    }
    if (LITERAL_PARTITION.test(item)) {
      report.warning(`literal arn:aws: partition: write arn:\${AWS::Partition}:`, owner, path);
    }
  });
}

/** No literal regions or account ids in resources and outputs; no literal `arn:aws:` partition (warning). */
export const hardcodedRule: Rule = {
  id: 'hardcoded',
  summary: 'no literal region names or account ids in resources/outputs; literal arn:aws: partitions are warnings',
  check(context) {
    const { body, file } = context.template;
    const report = createReporter('hardcoded', file);
    for (const [id, resource] of Object.entries(body.Resources)) {
      scan(report, resource.Properties, id, 'Properties');
    }
    if (body.Globals) scan(report, body.Globals as CfnValue, 'Globals', 'Globals');
    for (const [id, output] of Object.entries(body.Outputs ?? {})) scan(report, output, `Outputs.${id}`, '');
    return report.findings;
  },
};
