import type { Rule } from '../types';
import { aslRule } from './asl';
import { aslErrorNamesRule } from './asl-error-names';
import { athenaRule } from './athena';
import { distributedMapRule } from './distributed-map';
import { encryptionRule } from './encryption';
import { functionsRule } from './functions';
import { hardcodedRule } from './hardcoded';
import { iamRule } from './iam';
import { logsRule } from './logs';
import { outputsRule } from './outputs';
import { parametersRule } from './parameters';
import { referencesRule } from './references';
import { deadLettersRule, retainRule, tlsOnlyRule } from './resilience';
import { resourceTypesRule } from './resource-types';
import { stackSetsRule } from './stacksets';
import { standardOptionsRule } from './standard-options';
import { templateSectionsRule } from './template-sections';
import { tracedClientsRule } from './traced-clients';

/** The rules every template goes through, in report order (the `yaml` rule runs first, while loading). */
export const TEMPLATE_RULES: readonly Rule[] = [
  templateSectionsRule,
  parametersRule,
  resourceTypesRule,
  referencesRule,
  aslRule,
  aslErrorNamesRule,
  distributedMapRule,
  iamRule,
  functionsRule,
  logsRule,
  hardcodedRule,
  stackSetsRule,
  encryptionRule,
  athenaRule,
  outputsRule,
  standardOptionsRule,
  deadLettersRule,
  tlsOnlyRule,
  retainRule,
  tracedClientsRule,
];

/** Every rule id with a one-line summary, for the documentation. */
export const RULES: readonly { id: string; summary: string }[] = [
  { id: 'yaml', summary: 'the template parses: valid YAML, known intrinsic tags, no duplicate keys' },
  ...TEMPLATE_RULES.map(({ id, summary }) => ({ id, summary })),
];
