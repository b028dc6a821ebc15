import type { Template } from '../template';
import { loadForValidation } from './load';
import type { Finding } from './types';
import { validateTemplateFile } from './validate';

/** More switches than this would mean thousands of runs; the matrix then covers the first ones only. */
const MAX_SWITCHES = 8;

/** The template's `Enable*` parameters whose AllowedValues are exactly true and false. */
export function featureSwitches(template: Template): string[] {
  return Object.entries(template.body.Parameters ?? {})
    .filter(([name, definition]) => {
      const allowed = Array.isArray(definition.AllowedValues) ? definition.AllowedValues.map(String).sort() : [];
      return name.startsWith('Enable') && allowed.length === 2 && allowed[0] === 'false' && allowed[1] === 'true';
    })
    .map(([name]) => name);
}

/** Every combination of true/false for the given switches (2^n parameter sets). */
export function switchCombinations(names: readonly string[]): Record<string, string>[] {
  return names.reduce<Record<string, string>[]>(
    (sets, name) =>
      sets.flatMap((set) => [
        { ...set, [name]: 'true' },
        { ...set, [name]: 'false' },
      ]),
    [{}],
  );
}

const keyOf = (finding: Finding) => [finding.rule, finding.resource, finding.path, finding.message].join('\u0000');

/**
 * Validates a template as written (with `options.parameters`, when given), then once per combination of its
 * feature switches on top of those parameters. Findings that only appear
 * under some combination are added once, with the combination that shows them.
 */
export async function validateMatrix(
  file: string,
  options: { parameters?: Record<string, string>; ignoreUnknownParameters?: boolean } = {},
): Promise<Finding[]> {
  const loaded = loadForValidation(file);
  if ('finding' in loaded) return [loaded.finding];
  const base = options.parameters ?? {};
  // A switch the caller fixed with --params stays fixed; the matrix varies the others.
  const switches = featureSwitches(loaded.template).filter((name) => !(name in base));
  const findings = await validateTemplateFile(file, options);
  const seen = new Set(findings.map(keyOf));
  if (switches.length > MAX_SWITCHES) {
    findings.push({
      rule: 'parameters',
      severity: 'warning',
      file: loaded.template.file,
      message: `${switches.length} Enable* switches: the matrix covers only ${switches.slice(0, MAX_SWITCHES).join(', ')}`,
    });
  }
  for (const parameters of switchCombinations(switches.slice(0, MAX_SWITCHES))) {
    const label = Object.entries(parameters)
      .map(([name, value]) => `${name}=${value}`)
      .join(', ');
    const run = { ...options, parameters: { ...base, ...parameters } };
    for (const finding of await validateTemplateFile(file, run)) {
      // Warnings such as "parameter never used" are expected while a feature is off; only errors count here.
      if (finding.severity !== 'error') continue;
      const key = keyOf(finding);
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({ ...finding, message: `${finding.message} (with ${label})` });
    }
  }
  return findings;
}
