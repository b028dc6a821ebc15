import type { Template } from '../template';
import { loadForValidation } from './load';
import type { Finding } from './types';
import { validateTemplateFile } from './validate';

/** More switches than this would mean thousands of runs; the matrix then covers the first ones only. */
const MAX_SWITCHES = 8;
/** Validations per template before the matrix falls back to pairwise coverage of switches and standard options. */
const MAX_RUNS = 64;

/** The template's `Enable*` parameters whose AllowedValues are exactly true and false. */
export function featureSwitches(template: Template): string[] {
  return Object.entries(template.body.Parameters ?? {})
    .filter(([name, definition]) => {
      const allowed = Array.isArray(definition.AllowedValues) ? definition.AllowedValues.map(String).sort() : [];
      return name.startsWith('Enable') && allowed.length === 2 && allowed[0] === 'false' && allowed[1] === 'true';
    })
    .map(([name]) => name);
}

/**
 * The kit's standard options and the values that switch each on or off: every pattern template declares them
 * (rule `standard-options`), so the matrix covers every combination of them next to the `Enable*` switches.
 */
export const STANDARD_OPTION_VALUES: Readonly<Record<string, readonly Record<string, string>[]>> = {
  TriggerMode: [{ TriggerMode: 'POLLING' }, { TriggerMode: 'EVENT_DRIVEN' }, { TriggerMode: 'HYBRID' }],
  OutputDestination: [{ OutputDestination: 'STANDARD_S3' }, { OutputDestination: 'FSXN_S3AP' }],
  VpcId: [
    { VpcId: '' },
    { VpcId: 'vpc-0123456789abcdef0', PrivateSubnetIds: 'subnet-0123456789abcdef0,subnet-0fedcba9876543210' },
  ],
  StorageRoleArn: [
    { StorageRoleArn: '' },
    { StorageRoleArn: 'arn:aws:iam::123456789012:role/storage-reader', StorageRoleExternalId: 'external-id-0123' },
  ],
};

/** Every combination of the standard options the template declares (one empty set when it declares none). */
export function standardCombinations(template: Template): Record<string, string>[] {
  // Shared stacks reuse some of these names with other meanings; the standard options are the patterns'.
  if (!template.file.split(/[\\/]/).includes('solutions')) return [{}];
  const declared = Object.keys(template.body.Parameters ?? {});
  return Object.entries(STANDARD_OPTION_VALUES)
    .filter(([name]) => declared.includes(name))
    .reduce<Record<string, string>[]>(
      (sets, [, values]) => sets.flatMap((set) => values.map((value) => ({ ...set, ...value }))),
      [{}],
    );
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
  const standard = standardCombinations(loaded.template).filter(
    (set) => !Object.keys(set).some((name) => name in base),
  );
  const switchSets = switchCombinations(switches.slice(0, MAX_SWITCHES));
  // Every standard-option combination with every switch set, up to MAX_RUNS; past that, every standard combination
  // with all switches on and all off, and every switch set with the standard defaults (each pair of values still met).
  const full = switchSets.flatMap((set) => standard.map((options) => ({ ...set, ...options })));
  const extremes = switchSets.filter((set) => {
    const values = new Set(Object.values(set));
    return values.size <= 1;
  });
  const combinations =
    full.length <= MAX_RUNS
      ? full
      : [...extremes.flatMap((set) => standard.map((options) => ({ ...set, ...options }))), ...switchSets];
  for (const parameters of combinations) {
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
