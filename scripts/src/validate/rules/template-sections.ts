import { createReporter, type Rule } from '../types';

const SECTIONS = new Set([
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Parameters',
  'Rules',
  'Mappings',
  'Conditions',
  'Transform',
  'Resources',
  'Outputs',
]);

const PARAMETER_TYPES = /^(String|Number|List<Number>|CommaDelimitedList|AWS::[A-Za-z0-9:]+|List<AWS::[A-Za-z0-9:]+>)$/;

/** Top-level sections are CloudFormation's (plus SAM's Globals), Resources is not empty, parameters are typed. */
export const templateSectionsRule: Rule = {
  id: 'template',
  summary: 'top-level sections are known, Resources is not empty, parameters have a valid Type',
  check(context) {
    const { body, file } = context.source;
    const report = createReporter('template', file);
    for (const section of Object.keys(body)) {
      if (!SECTIONS.has(section) && !(section === 'Globals' && context.isSam)) {
        report.error(`unknown top-level section ${section}`, section);
      }
    }
    if (Object.keys(body.Resources).length === 0) report.error('the template declares no Resources', 'Resources');
    for (const [name, definition] of Object.entries(body.Parameters ?? {})) {
      const type = definition.Type;
      if (typeof type !== 'string' || !PARAMETER_TYPES.test(type)) {
        report.error(`parameter type ${String(type)} is not valid`, `Parameters.${name}`, 'Type');
      }
    }
    return report.findings;
  },
};
