import { OntapNotFoundError } from '@fsxn-s3ap/shared/ontap';
import { createMemoryOutputWriter } from '@fsxn-s3ap/shared/output';
import { createMemoryAccessPoint, fixedClock } from '@fsxn-s3ap/shared/testing';
import fc from 'fast-check';
import { type AclSummary, aclCollection, aclSummary, type FileAclFacts } from '../../../src/domain/acl-collection';
import { collectOntapContext, contextLoader, saveOntapContext } from '../../../src/domain/ontap-context';
import { CONTEXT_ANSWERS, fakeOntap } from '../fake-ontap';

const encoded = (path: string) => `/api/protocols/file-security/permissions/svm-1/${encodeURIComponent(path)}`;

async function setUp() {
  const ontap = fakeOntap({
    ...CONTEXT_ANSWERS,
    [encoded('/vol1/open/a b.txt')]: {
      security_style: 'ntfs',
      owner: 'BUILTIN\\Administrators',
      acls: [
        { user: 'Everyone', access: 'access_allow', rights: 'full_control' },
        { user: 'SVM1\\gone', access: 'access_allow', rights: 'read', inherited: true },
        { user: 'S-1-5-21-7-7-7-7', access: 'access_allow', rights: 'modify' },
      ],
    },
  });
  const output = createMemoryOutputWriter();
  await saveOntapContext(output, 'exec-1', await collectOntapContext(ontap, { svmUuid: 'svm-1', volumeUuid: 'vol-1' }));
  const ctx = {
    executionId: 'exec-1',
    input: createMemoryAccessPoint({}),
    output,
    now: fixedClock()(),
    settings: { svmUuid: 'svm-1', volumeUuid: 'vol-1' },
    ports: { ontap: async () => ontap, context: contextLoader() },
  };
  return { ontap, output, ctx };
}

describe('aclCollection.process', () => {
  it('reads the file security by its encoded SVM path and writes its rows as JSON Lines', async () => {
    // Prepare
    const { ontap, output, ctx } = await setUp();

    // Act
    const facts = await aclCollection.process({ key: 'open/a b.txt', size: 3, etag: '"e1"' }, ctx);

    // Assess
    expect(facts).toEqual({ style: 'ntfs', entries: 3, unresolved: 1, disabledAccounts: 1 });
    expect(ontap.paths).toContain('/api/protocols/file-security/permissions/svm-1/%2Fvol1%2Fopen%2Fa%20b.txt');
    const [key, body] = [...output.objects].find(([candidate]) => candidate.includes('acl-data/')) ?? [];
    expect(key).toMatch(/^out\/acl-data\/2025\/01\/02\/exec-1\/open_a_b\.txt-[0-9a-f]{8}\.jsonl$/);
    const rows = String(body)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.map((row) => [row.principal, row.share_name, row.resolved, row.account_disabled])).toEqual([
      ['Everyone', 'open', true, false],
      ['SVM1\\gone', 'open', true, true],
      ['S-1-5-21-7-7-7-7', 'open', false, false],
    ]);
  });

  it('lets OntapNotFoundError through for a file ONTAP does not know (the kit records the failure)', async () => {
    // Prepare
    const { ctx } = await setUp();

    // Act
    const failure = aclCollection.process({ key: 'open/gone.txt', size: 1 }, ctx);

    // Assess
    await expect(failure).rejects.toThrow(OntapNotFoundError);
  });
});

describe('aclSummary', () => {
  const facts = fc.record<FileAclFacts>({
    style: fc.constantFrom('ntfs', 'unix', 'mixed'),
    entries: fc.nat(50),
    unresolved: fc.nat(5),
    disabledAccounts: fc.nat(5),
  });
  const object = { key: 'k', size: 1 };
  const fold = (items: FileAclFacts[]): AclSummary =>
    items.reduce((total, item) => aclSummary.add(total, item, object), aclSummary.empty());

  it('merges any split of a run into the same summary as adding it in one go', () => {
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 30 }), fc.nat(30), (items, cut) => {
        const at = Math.min(cut, items.length);
        expect(aclSummary.merge(fold(items.slice(0, at)), fold(items.slice(at)))).toEqual(fold(items));
      }),
    );
  });
});
