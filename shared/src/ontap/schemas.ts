/**
 * zod schemas of the ONTAP REST responses the typed helpers read: only the documented fields they use, every other
 * field passes through untouched (ONTAP adds fields between releases).
 */
import * as z from '../schema/zod';

const named = z.object({ uuid: z.string(), name: z.optional(z.string()) });

/** `GET /api/svm/svms/{uuid}`. */
export const SvmSchema = z.object({
  uuid: z.string(),
  name: z.string(),
  state: z.optional(z.string()),
  cifs: z.optional(z.object({ enabled: z.optional(z.boolean()) })),
  nfs: z.optional(z.object({ enabled: z.optional(z.boolean()) })),
});

/** `GET /api/storage/volumes/{uuid}`. */
export const VolumeSchema = z.object({
  uuid: z.string(),
  name: z.string(),
  svm: z.optional(named),
  nas: z.optional(
    z.object({
      path: z.optional(z.string()),
      security_style: z.optional(z.string()),
      export_policy: z.optional(z.object({ name: z.optional(z.string()), id: z.optional(z.number()) })),
    }),
  ),
});

/** One entry of a CIFS share's ACL: `permission` is no_access, read, change or full_control. */
export const ShareAclSchema = z.object({
  user_or_group: z.string(),
  permission: z.string(),
  type: z.optional(z.string()),
});

/** A record of `GET /api/protocols/cifs/shares`. */
export const CifsShareSchema = z.object({
  name: z.string(),
  path: z.string(),
  svm: z.optional(named),
  acls: z.optional(z.array(ShareAclSchema)),
});

/** A rule of an NFS export policy. */
export const ExportRuleSchema = z.object({
  index: z.optional(z.number()),
  clients: z.optional(z.array(z.object({ match: z.string() }))),
  protocols: z.optional(z.array(z.string())),
  ro_rule: z.optional(z.array(z.string())),
  rw_rule: z.optional(z.array(z.string())),
  superuser: z.optional(z.array(z.string())),
});

/** A record of `GET /api/protocols/nfs/export-policies`. */
export const ExportPolicySchema = z.object({
  id: z.optional(z.number()),
  name: z.string(),
  rules: z.optional(z.array(ExportRuleSchema)),
});

/** A record of `GET /api/protocols/cifs/local-users`. */
export const LocalUserSchema = z.object({
  name: z.string(),
  sid: z.optional(z.string()),
  account_disabled: z.optional(z.boolean()),
});

/** One access control entry of `GET /api/protocols/file-security/permissions/{svm.uuid}/{path}`. */
export const FileAceSchema = z.object({
  user: z.string(),
  access: z.string(),
  rights: z.optional(z.string()),
  apply_to: z.optional(
    z.object({
      files: z.optional(z.boolean()),
      sub_folders: z.optional(z.boolean()),
      this_folder: z.optional(z.boolean()),
    }),
  ),
  inherited: z.optional(z.boolean()),
});

/** `GET /api/protocols/file-security/permissions/{svm.uuid}/{path}`. */
export const FileSecuritySchema = z.object({
  path: z.optional(z.string()),
  svm: z.optional(named),
  security_style: z.optional(z.string()),
  effective_style: z.optional(z.string()),
  owner: z.optional(z.string()),
  group: z.optional(z.string()),
  mode_bits: z.optional(z.number()),
  acls: z.optional(z.array(FileAceSchema)),
});

/** The `job` of a 202 answer. */
export const JobLinkSchema = z.object({
  job: z.object({ uuid: z.string(), _links: z.optional(z.object({ self: z.object({ href: z.string() }) })) }),
});

/** `GET /api/cluster/jobs/{uuid}`: `state` is queued, running, paused, success or failure. */
export const JobSchema = z.object({
  uuid: z.string(),
  state: z.string(),
  message: z.optional(z.string()),
  code: z.optional(z.number()),
});

/** A collection answer: records and, when there are more, the next page's link. */
export const collectionOf = <T extends z.ZodMiniType>(record: T) =>
  z.object({
    records: z.optional(z.array(record)),
    _links: z.optional(z.object({ next: z.optional(z.object({ href: z.string() })) })),
  });

export type Svm = z.infer<typeof SvmSchema>;
export type Volume = z.infer<typeof VolumeSchema>;
export type CifsShare = z.infer<typeof CifsShareSchema>;
export type ShareAcl = z.infer<typeof ShareAclSchema>;
export type ExportPolicy = z.infer<typeof ExportPolicySchema>;
export type ExportRule = z.infer<typeof ExportRuleSchema>;
export type LocalUser = z.infer<typeof LocalUserSchema>;
export type FileAce = z.infer<typeof FileAceSchema>;
export type FileSecurity = z.infer<typeof FileSecuritySchema>;
export type Job = z.infer<typeof JobSchema>;
