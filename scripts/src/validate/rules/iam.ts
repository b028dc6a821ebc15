import { missingAccessPointForms } from '../iam/access-point';
import { collectPolicies, type PolicyStatement } from '../iam/policies';
import { asRecord, renderTexts } from '../support/values';
import { createReporter, type Rule } from '../types';

const ACCOUNT_ROOT = [/^arn:(\$\{AWS::Partition\}|aws):iam::\$\{AWS::AccountId\}:root$/, /^\$\{AWS::AccountId\}$/];

/**
 * A key policy must let the account administer the key, or the key can become unmanageable; the default key policy
 * does that with `kms:*` for the account root, which then delegates through IAM. So exactly that statement is allowed.
 */
function isAccountRootKeyAdministration({ statement }: PolicyStatement): boolean {
  const actions = renderTexts(statement.Action);
  const principals = renderTexts(asRecord(statement.Principal).AWS);
  return (
    statement.Effect === 'Allow' &&
    actions.length === 1 &&
    actions[0] === 'kms:*' &&
    principals.length > 0 &&
    principals.every((principal) => ACCOUNT_ROOT.some((pattern) => pattern.test(principal)))
  );
}

/** No wildcard actions; the input access point is named by both its alias ARN and its access point ARN. */
export const iamRule: Rule = {
  id: 'iam',
  summary: 'no `*` in allowed actions (kms:* only for the account root in key policies); both access point ARN forms',
  check(context) {
    const { template } = context;
    const report = createReporter('iam', template.file);
    for (const group of collectPolicies(template.body.Resources)) {
      for (const entry of group.statements) {
        if (group.keyPolicy && isAccountRootKeyAdministration(entry)) continue;
        // A Deny with a wildcard Action (the TLS-only guard: `s3:*` when aws:SecureTransport is false) only narrows.
        const denies = entry.statement.Effect === 'Deny';
        for (const field of denies ? (['NotAction'] as const) : (['Action', 'NotAction'] as const)) {
          for (const action of renderTexts(entry.statement[field])) {
            if (action.includes('*')) {
              report.error(`${field} ${action} uses a wildcard; list the actions needed`, group.resource, entry.path);
            }
          }
        }
      }
      for (const message of missingAccessPointForms(group)) report.error(message, group.resource, 'Policies');
    }
    return report.findings;
  },
};
