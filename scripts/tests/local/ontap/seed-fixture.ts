import type { OntapSeed } from '../../../src/local/ontap';

/** A small seed: one share open to Everyone, one file with an unresolvable SID, one disabled local user. */
export const SEED: OntapSeed = {
  svm: { uuid: 'svm-1111', name: 'svm1' },
  volume: {
    uuid: 'vol-2222',
    name: 'vol1',
    junction_path: '/vol1',
    security_style: 'ntfs',
    export_policy: 'exports',
  },
  shares: [
    {
      name: 'legal',
      path: '/vol1/legal',
      acls: [{ user_or_group: 'Everyone', permission: 'full_control', type: 'windows' }],
    },
  ],
  export_policies: [
    {
      id: 7,
      name: 'exports',
      rules: [
        {
          index: 1,
          clients: [{ match: '10.0.0.0/16' }],
          protocols: ['nfs4'],
          ro_rule: ['sys'],
          rw_rule: ['sys'],
          superuser: ['none'],
        },
      ],
    },
  ],
  local_users: [{ name: 'SVM1\\former', sid: 'S-1-5-21-1-2-3-1001', account_disabled: true }],
  files: {
    'legal/a b#1.txt': {
      owner: 'BUILTIN\\Administrators',
      group: 'BUILTIN\\Administrators',
      acls: [
        { user: 'Everyone', access: 'access_allow', rights: 'full_control', inherited: true },
        { user: 'S-1-5-21-9-9-9-1107', access: 'access_allow', rights: 'modify' },
      ],
    },
  },
};
