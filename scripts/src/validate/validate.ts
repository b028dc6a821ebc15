import { listPatterns, listSharedStacks, REPO_ROOT } from '../template';
import { loadForValidation } from './load';
import { TEMPLATE_RULES } from './rules';
import { resolveTemplate } from './support/conditions';
import type { Finding, RuleContext } from './types';

/** Options for validating a template. */
export interface ValidateOptions {
  /** Parameter values; when given, conditions are evaluated (defaults fill the rest) and `Fn::If` is resolved. */
  parameters?: Record<string, string>;
  /** Ignore parameters the template does not declare (used when one set of values is applied to many templates). */
  ignoreUnknownParameters?: boolean;
}

function isSamTemplate(transform: unknown): boolean {
  const list = Array.isArray(transform) ? transform : [transform];
  return list.some((item) => typeof item === 'string' && item.startsWith('AWS::Serverless'));
}

/** Validates one template file with every rule and returns what it found (errors and warnings). */
export async function validateTemplateFile(file: string, options: ValidateOptions = {}): Promise<Finding[]> {
  const loaded = loadForValidation(file);
  if ('finding' in loaded) return [loaded.finding];
  const source = loaded.template;
  let overrides = options.parameters;
  if (overrides && options.ignoreUnknownParameters) {
    const declared = source.body.Parameters ?? {};
    overrides = Object.fromEntries(Object.entries(overrides).filter(([name]) => name in declared));
  }
  const resolution = overrides ? resolveTemplate(source, overrides) : { template: source, removed: new Map() };
  const context: RuleContext = {
    template: resolution.template,
    source,
    removed: resolution.removed,
    isSam: isSamTemplate(source.body.Transform),
    overrides,
  };
  return TEMPLATE_RULES.flatMap((rule) => rule.check(context));
}

/** Every template the repository validates: each pattern's template.yaml, then each shared/cfn stack. */
export function listTemplates(root = REPO_ROOT): string[] {
  return [...listPatterns(root).map((pattern) => pattern.template), ...listSharedStacks(root)];
}

/** Validates every pattern template and every shared stack of the repository. */
export async function validateRepository(root = REPO_ROOT, options: ValidateOptions = {}): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const file of listTemplates(root)) {
    findings.push(...(await validateTemplateFile(file, { ...options, ignoreUnknownParameters: true })));
  }
  return findings;
}
