import type { CfnValue, Template } from '../../template';
import { collectReferences } from './refs';
import { intrinsicName, isRecord } from './values';

/** The parameter that switches X-Ray tracing on and off in every pattern. */
export const XRAY_PARAMETER = 'EnableXRayTracing';

/** True when the condition's definition refers, directly or through other conditions, to the parameter. */
export function conditionUsesParameter(template: Template, condition: string, parameter: string): boolean {
  const conditions = template.body.Conditions ?? {};
  const seen = new Set<string>();
  const visit = (name: string): boolean => {
    if (seen.has(name)) return false;
    seen.add(name);
    return collectReferences(conditions[name], '').some(
      (reference) =>
        (reference.kind === 'Ref' && reference.target === parameter) ||
        (reference.kind === 'Condition' && visit(reference.target)),
    );
  };
  return visit(condition);
}

/** True when the value is `!If [<condition on EnableXRayTracing>, whenOn, whenOff]`. */
export function isWiredToXRay(template: Template, value: CfnValue | undefined, whenOn: CfnValue, whenOff: CfnValue) {
  if (intrinsicName(value) !== 'Fn::If' || !isRecord(value)) return false;
  const args = value['Fn::If'];
  if (!Array.isArray(args) || typeof args[0] !== 'string') return false;
  return args[1] === whenOn && args[2] === whenOff && conditionUsesParameter(template, args[0], XRAY_PARAMETER);
}
