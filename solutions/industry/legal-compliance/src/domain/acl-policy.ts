/**
 * The write policy the `policy_violations` query checks: per key prefix, the only principals that may hold write,
 * modify, change or full control. Discovery writes it as rows of the `acl_policy` table for each run, so the query
 * joins the run's ACL entries with the rules that applied when they were collected.
 */

import { parseWith } from '@fsxn-s3ap/shared/schema';
import * as z from '@fsxn-s3ap/shared/zod';

const RuleSchema = z.object({
  /** A key prefix relative to the volume, ending in `/` (for example `legal/`). */
  prefix: z.string().check(z.minLength(2), z.maxLength(512), z.endsWith('/')),
  description: z.optional(z.string()),
  /** Principals allowed to write, as ONTAP names them (`DOMAIN\group`); empty means nobody may. */
  writers: z.array(z.string().check(z.minLength(1), z.maxLength(256))).check(z.maxLength(200)),
});

/** The policy file (`config/acl-policy.json`). */
export const AclPolicySchema = z.object({ rules: z.array(RuleSchema).check(z.maxLength(500)) });

/** A parsed policy. */
export type AclPolicy = z.infer<typeof AclPolicySchema>;

/** One row of the `acl_policy` table; a rule that allows nobody is one row with `writer` null. */
export interface PolicyRow {
  execution_id: string;
  collected_at: string;
  prefix: string;
  writer: string | null;
}

/** Parses the policy; `ValidationError` names the bad rule and field. */
export function parseAclPolicy(value: unknown): AclPolicy {
  return parseWith(AclPolicySchema, value, 'acl-policy.json');
}

/** The policy as table rows for one run. */
export function policyRows(policy: AclPolicy, executionId: string, collectedAt: string): PolicyRow[] {
  return policy.rules.flatMap((rule) => {
    const writers: (string | null)[] = rule.writers.length > 0 ? rule.writers : [null];
    return writers.map((writer) => ({
      execution_id: executionId,
      collected_at: collectedAt,
      prefix: rule.prefix,
      writer,
    }));
  });
}
