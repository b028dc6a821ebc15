import { createMemoryOutputWriter } from '@fsxn-s3ap/shared/output';
import type { ManifestDiscoveryOutput } from '@fsxn-s3ap/shared/workflow';
import { parseAclPolicy } from '../../../src/domain/acl-policy';
import { createAclDiscoveryHandler } from '../../../src/domain/discovery';
import { CONTEXT_ANSWERS, fakeOntap } from '../fake-ontap';

const kitOutput = { manifestKey: 'manifests/m.jsonl', totalObjects: 2 } as unknown as ManifestDiscoveryOutput;

function handler(answers = CONTEXT_ANSWERS) {
  const output = createMemoryOutputWriter({ prefix: '' });
  const discover = jest.fn(async () => kitOutput);
  const run = createAclDiscoveryHandler({
    discover,
    ontap: async () => fakeOntap(answers),
    output,
    ids: { svmUuid: 'svm-1', volumeUuid: 'vol-1' },
    policy: parseAclPolicy({ rules: [{ prefix: 'open/', writers: ['CORP\\owners'] }] }),
  });
  return { run, output, discover };
}

const event = { executionId: 'exec-1', startedAt: '2025-01-02T03:04:05.000Z', trigger: {} };

describe('createAclDiscoveryHandler', () => {
  it('saves the ONTAP context, writes share and policy rows, then returns the kit output with the ONTAP facts', async () => {
    // Prepare
    const { run, output, discover } = handler();

    // Act
    const result = await run(event);

    // Assess
    expect(discover).toHaveBeenCalledWith(event);
    expect(result).toMatchObject({
      manifestKey: 'manifests/m.jsonl',
      ontap: {
        svm: 'svm1',
        volume: 'vol1',
        securityStyle: 'ntfs',
        exportPolicy: 'exp',
        shares: 2,
        shareEntries: 2,
        exportPolicies: 1,
        contextKey: 'ontap-context/exec-1.json',
      },
    });
    const shares = String(output.objects.get('acl-data/2025/01/02/exec-1/shares.jsonl')).trim().split('\n');
    expect(shares.map((line) => JSON.parse(line).principal)).toEqual(['BUILTIN\\Administrators', 'Everyone']);
    expect(JSON.parse(String(output.objects.get('acl-policy/exec-1.jsonl')))).toEqual({
      execution_id: 'exec-1',
      collected_at: '2025-01-02T03:04:05.000Z',
      prefix: 'open/',
      writer: 'CORP\\owners',
    });
  });

  it('fails before listing when ONTAP does not know the SVM', async () => {
    // Prepare
    const { '/api/svm/svms/svm-1': _gone, ...rest } = CONTEXT_ANSWERS;
    const { run, discover } = handler(rest);

    // Act
    const failure = run(event);

    // Assess
    await expect(failure).rejects.toMatchObject({ name: 'OntapNotFoundError' });
    expect(discover).not.toHaveBeenCalled();
  });

  it.each([
    [{ executionId: 'exec-1' }, 'startedAt'],
    [{ startedAt: 'x' }, 'executionId'],
    [{ executionId: 'exec-1', startedAt: 'not a date' }, 'invalid date'],
  ])('refuses the event %j (%s)', async (bad, reason) => {
    // Prepare
    const { run } = handler();

    // Act
    const failure = run(bad);

    // Assess
    await expect(failure).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(failure).rejects.toThrow(reason);
  });
});
