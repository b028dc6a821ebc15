import type { CfnValue } from '../../template';
import { createReporter, type Reporter, type Rule } from '../types';

function checkValue(report: Reporter, name: string, definition: Record<string, CfnValue>, value: string, what: string) {
  const allowed = definition.AllowedValues;
  if (Array.isArray(allowed) && !allowed.map(String).includes(value)) {
    report.error(
      `${what} "${value}" is not one of AllowedValues ${allowed.map(String).join(', ')}`,
      `Parameters.${name}`,
    );
  }
  const pattern = definition.AllowedPattern;
  if (typeof pattern === 'string' && !new RegExp(`^(?:${pattern})$`).test(value)) {
    report.error(`${what} "${value}" does not match AllowedPattern ${pattern}`, `Parameters.${name}`);
  }
}

/** Parameter defaults and command-line overrides satisfy AllowedValues and AllowedPattern; overrides name parameters. */
export const parametersRule: Rule = {
  id: 'parameters',
  summary: 'parameter defaults and --params overrides satisfy AllowedValues/AllowedPattern and name real parameters',
  check(context) {
    const { body, file } = context.source;
    const report = createReporter('parameters', file);
    const parameters = body.Parameters ?? {};
    for (const [name, definition] of Object.entries(parameters)) {
      const fallback = definition.Default;
      if (fallback !== undefined && fallback !== null && typeof fallback !== 'object') {
        checkValue(report, name, definition, String(fallback), 'Default');
      }
    }
    for (const [name, value] of Object.entries(context.overrides ?? {})) {
      const definition = parameters[name];
      if (!definition)
        report.error(`--params names ${name}, which the template does not declare`, `Parameters.${name}`);
      else checkValue(report, name, definition, value, 'value');
    }
    return report.findings;
  },
};
