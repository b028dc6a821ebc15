/**
 * What the local ONTAP simulator serves: one SVM and volume, CIFS shares with ACLs, export policies, local users
 * (which SIDs resolve, which accounts are disabled) and the security descriptor of each file, keyed by its path
 * relative to the volume's junction (the same key the access point lists). Records use ONTAP's field names.
 */
import { readFileSync } from 'node:fs';
import { parseWith } from '@fsxn-s3ap/shared/schema';
import * as z from '@fsxn-s3ap/shared/zod';

const Ace = z.object({
  user: z.string(),
  access: z.string(),
  rights: z.string(),
  inherited: z.optional(z.boolean()),
  apply_to: z.optional(z.object({ files: z.boolean(), sub_folders: z.boolean(), this_folder: z.boolean() })),
});

const FileRecord = z.object({
  owner: z.string(),
  group: z.string(),
  security_style: z.optional(z.string()),
  mode_bits: z.optional(z.number()),
  acls: z.array(Ace),
});

/** The simulator's seed file (the pattern's `ontap/acls.json`). */
export const OntapSeedSchema = z.object({
  cluster: z.optional(z.object({ name: z.string(), version: z.string() })),
  svm: z.object({ uuid: z.string(), name: z.string() }),
  volume: z.object({
    uuid: z.string(),
    name: z.string(),
    junction_path: z.string(),
    security_style: z.string(),
    export_policy: z.string(),
  }),
  shares: z.array(
    z.object({
      name: z.string(),
      path: z.string(),
      acls: z.array(z.object({ user_or_group: z.string(), permission: z.string(), type: z.string() })),
    }),
  ),
  export_policies: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      rules: z.array(
        z.object({
          index: z.number(),
          clients: z.array(z.object({ match: z.string() })),
          protocols: z.array(z.string()),
          ro_rule: z.array(z.string()),
          rw_rule: z.array(z.string()),
          superuser: z.array(z.string()),
        }),
      ),
    }),
  ),
  local_users: z.array(z.object({ name: z.string(), sid: z.string(), account_disabled: z.boolean() })),
  files: z.record(z.string(), FileRecord),
});

/** A parsed seed. */
export type OntapSeed = z.infer<typeof OntapSeedSchema>;
/** The security descriptor of one seeded file. */
export type SeedFile = z.infer<typeof FileRecord>;

/** Reads and checks a seed file; `ValidationError` names the bad field. */
export function loadOntapSeed(file: string): OntapSeed {
  return parseWith(OntapSeedSchema, JSON.parse(readFileSync(file, 'utf8')), file);
}
