import type { CfnValue, Template } from '../template';

/** Stand-ins for the pseudo parameters, shaped like the real values. */
export const PSEUDO_PARAMETERS: Readonly<Record<string, string>> = {
  'AWS::AccountId': '123456789012',
  'AWS::Region': 'us-east-1',
  'AWS::Partition': 'aws',
  'AWS::StackName': 'local-stack',
  'AWS::StackId': 'arn:aws:cloudformation:us-east-1:123456789012:stack/local-stack/00000000',
  'AWS::URLSuffix': 'amazonaws.com',
};

/** Marks a value that resolves to `AWS::NoValue`: the variable is left out. */
export const NO_VALUE = Symbol('AWS::NoValue');
export type Resolved = string | typeof NO_VALUE;

function kebab(name: string): string {
  return name.replace(/(?<!^)(?=[A-Z])/g, '-').toLowerCase();
}

// Resource type -> [service, resource part before the name], as the real ARNs are shaped.
const ARN_SHAPES: Readonly<Record<string, readonly [string, string]>> = {
  'AWS::Serverless::Function': ['lambda', 'function:'],
  'AWS::Lambda::Function': ['lambda', 'function:'],
  'AWS::Serverless::StateMachine': ['states', 'stateMachine:'],
  'AWS::StepFunctions::StateMachine': ['states', 'stateMachine:'],
  'AWS::Serverless::SimpleTable': ['dynamodb', 'table/'],
  'AWS::DynamoDB::Table': ['dynamodb', 'table/'],
  'AWS::Kinesis::Stream': ['kinesis', 'stream/'],
  'AWS::Events::EventBus': ['events', 'event-bus/'],
  'AWS::IAM::Role': ['iam', 'role/'],
};

function arnFor(template: Template, logicalId: string): string {
  const type = template.body.Resources[logicalId]?.Type ?? '';
  const name = kebab(logicalId);
  if (type === 'AWS::S3::Bucket') return `arn:aws:s3:::${name}`;
  const [, service = 'unknown'] = type.split('::');
  const [arnService, part] = ARN_SHAPES[type] ?? [service.toLowerCase(), ''];
  const region = arnService === 'iam' ? '' : 'us-east-1';
  return `arn:aws:${arnService}:${region}:123456789012:${part}${name}`;
}

/** A plausible stand-in for a resource attribute: ARN-shaped when the variable or attribute is an ARN. */
function resourcePlaceholder(template: Template, logicalId: string, attribute: string, variable: string): string {
  if (/(Arn|ARN)$/.test(variable) || /Arn$/.test(attribute)) return arnFor(template, logicalId);
  if (/Url$/i.test(attribute)) return `https://${kebab(logicalId)}.example.com`;
  return `local-${kebab(logicalId)}${attribute ? `-${kebab(attribute)}` : ''}`;
}

function parameterDefault(template: Template, name: string): string | undefined {
  const parameter = template.body.Parameters?.[name];
  if (!parameter) return undefined;
  const fallback = parameter.Default;
  if (Array.isArray(fallback)) return fallback.map(String).join(',');
  return fallback === undefined || fallback === null ? '' : String(fallback);
}

function refValue(template: Template, name: string, variable: string): Resolved {
  if (name === 'AWS::NoValue') return NO_VALUE;
  return (
    PSEUDO_PARAMETERS[name] ?? parameterDefault(template, name) ?? resourcePlaceholder(template, name, '', variable)
  );
}

/** Evaluates a Condition with parameters at their Default; an expression it cannot read counts as true. */
export function evaluateCondition(template: Template, value: CfnValue, depth = 0): boolean {
  if (depth > 20) return true;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string')
    return evaluateCondition(template, template.body.Conditions?.[value] ?? true, depth + 1);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return true;
  const [fn, args] = Object.entries(value)[0] ?? [];
  const list = Array.isArray(args) ? args : [];
  const sub = (item: CfnValue) => evaluateCondition(template, item, depth + 1);
  if (fn === 'Condition' && typeof args === 'string') return sub(args);
  if (fn === 'Fn::Not') return !sub(list[0] ?? true);
  if (fn === 'Fn::And') return list.every(sub);
  if (fn === 'Fn::Or') return list.some(sub);
  if (fn === 'Fn::Equals') {
    const [left, right] = list.map((item) => resolveValue(template, item, ''));
    return left === right;
  }
  return true;
}

function resolveSub(template: Template, args: CfnValue, variable: string): string {
  const [text, vars] = Array.isArray(args) ? args : [args, {}];
  const locals = vars && typeof vars === 'object' && !Array.isArray(vars) ? vars : {};
  return String(text ?? '').replace(/\$\{([^}!][^}]*)\}/g, (_whole, name: string) => {
    const local = locals[name];
    if (local !== undefined) return String(resolveValue(template, local, variable));
    const dot = name.indexOf('.');
    if (dot > 0 && !name.startsWith('AWS::')) {
      return resourcePlaceholder(template, name.slice(0, dot), name.slice(dot + 1), variable);
    }
    return String(refValue(template, name, variable));
  });
}

/**
 * Resolves a template value to a string a handler can parse at cold start: parameters take their Default,
 * resources become placeholders (ARN-shaped for ARNs), `Fn::If` follows its condition. `NO_VALUE` for
 * `AWS::NoValue`.
 */
export function resolveValue(template: Template, value: CfnValue, variable: string): Resolved {
  if (value === null) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map((item) => String(resolveValue(template, item, variable))).join(',');
  const [fn, args = null] = Object.entries(value)[0] ?? [];
  const list = Array.isArray(args) ? args : [];
  if (fn === 'Ref' && typeof args === 'string') return refValue(template, args, variable);
  if (fn === 'Fn::GetAtt') {
    const [id, attribute] = typeof args === 'string' ? args.split('.') : list.map(String);
    return resourcePlaceholder(template, id ?? 'Resource', attribute ?? '', variable);
  }
  if (fn === 'Fn::Sub') return resolveSub(template, args, variable);
  if (fn === 'Fn::If') {
    const branch = evaluateCondition(template, list[0] ?? true) ? list[1] : list[2];
    return resolveValue(template, branch ?? null, variable);
  }
  if (fn === 'Fn::Join') {
    const items = Array.isArray(list[1]) ? list[1] : [];
    return items.map((item) => String(resolveValue(template, item, variable))).join(String(list[0] ?? ''));
  }
  if (fn === 'Fn::Select') {
    const options = Array.isArray(list[1]) ? list[1] : [];
    return resolveValue(template, options[Number(list[0])] ?? null, variable);
  }
  return `placeholder-${variable.toLowerCase().replaceAll('_', '-')}`;
}
