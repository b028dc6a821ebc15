import type { CfnValue, Template } from '../template';

/** How bad a finding is: errors fail `make lint`, warnings are printed only. */
export type Severity = 'error' | 'warning';

/** One problem found in a template. */
export interface Finding {
  rule: string;
  severity: Severity;
  file: string;
  resource?: string;
  path?: string;
  message: string;
}

/** What a rule sees: the template (conditions resolved when parameters were given) and its untouched source. */
export interface RuleContext {
  /** The template the rule checks; `Fn::If` and resource conditions are resolved when parameters were given. */
  template: Template;
  /** The template exactly as written, for rules that check how values are wired (`!If` on a condition). */
  source: Template;
  /** Resources dropped because their condition is false under the given parameters, with that condition. */
  removed: Map<string, string>;
  /** True when the template uses the SAM transform (a deployable pattern). */
  isSam: boolean;
  /** Parameter values given on the command line (`--params`, `--matrix`), when any. */
  overrides: Readonly<Record<string, string>> | undefined;
}

/** A rule: an id for the report, a one-line summary for the documentation and the check itself. */
export interface Rule {
  id: string;
  summary: string;
  check(context: RuleContext): Finding[];
}

/** Builds findings for one rule and one file. */
export interface Reporter {
  error(message: string, resource?: string, path?: string): void;
  warning(message: string, resource?: string, path?: string): void;
  add(severity: Severity, message: string, resource?: string, path?: string): void;
  readonly findings: Finding[];
}

/** Creates a reporter that stamps every finding with the rule id and the file. */
export function createReporter(rule: string, file: string): Reporter {
  const findings: Finding[] = [];
  const add = (severity: Severity, message: string, resource?: string, path?: string) => {
    findings.push({
      rule,
      severity,
      file,
      ...(resource === undefined ? {} : { resource }),
      ...(path === undefined ? {} : { path }),
      message,
    });
  };
  return {
    findings,
    add,
    error: (message, resource, path) => add('error', message, resource, path),
    warning: (message, resource, path) => add('warning', message, resource, path),
  };
}

export type { CfnValue, Template };
