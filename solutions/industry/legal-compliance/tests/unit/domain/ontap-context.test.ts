import { OntapNotFoundError } from '@fsxn-s3ap/shared/ontap';
import { createMemoryOutputWriter } from '@fsxn-s3ap/shared/output';
import { collectOntapContext, contextLoader, saveOntapContext } from '../../../src/domain/ontap-context';
import { CONTEXT_ANSWERS, fakeOntap } from '../fake-ontap';

const ids = { svmUuid: 'svm-1', volumeUuid: 'vol-1' };

describe('collectOntapContext', () => {
  it('keeps the shares of this volume only, with the volume style and export policy', async () => {
    // Act
    const context = await collectOntapContext(fakeOntap(CONTEXT_ANSWERS), ids);

    // Assess
    expect(context.volume).toEqual({
      uuid: 'vol-1',
      name: 'vol1',
      junctionPath: '/vol1',
      securityStyle: 'ntfs',
      exportPolicy: 'exp',
    });
    expect(context.shares.map((share) => share.name)).toEqual(['root$', 'open']);
    expect(context.exportPolicies).toHaveLength(1);
    expect(context.localUsers[0]?.account_disabled).toBe(true);
  });

  it('fails with OntapNotFoundError for an unknown volume', async () => {
    // Act
    const failure = collectOntapContext(fakeOntap(CONTEXT_ANSWERS), { ...ids, volumeUuid: 'nope' });

    // Assess
    await expect(failure).rejects.toThrow(OntapNotFoundError);
  });
});

describe('contextLoader', () => {
  it('reads the saved context once per execution and again for the next one', async () => {
    // Prepare
    const output = createMemoryOutputWriter();
    const context = await collectOntapContext(fakeOntap(CONTEXT_ANSWERS), ids);
    await saveOntapContext(output, 'exec-1', context);
    await saveOntapContext(output, 'exec-2', { ...context, shares: [] });
    const read = jest.spyOn(output, 'getJson');
    const load = contextLoader();

    // Act
    const first = await load(output, 'exec-1');
    await load(output, 'exec-1');
    const second = await load(output, 'exec-2');

    // Assess
    expect(first.shares).toHaveLength(2);
    expect(second.shares).toHaveLength(0);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed read', async () => {
    // Prepare
    const output = createMemoryOutputWriter();
    const load = contextLoader();

    // Act
    const missing = await load(output, 'exec-1').catch((error: unknown) => error);
    await saveOntapContext(output, 'exec-1', await collectOntapContext(fakeOntap(CONTEXT_ANSWERS), ids));
    const found = await load(output, 'exec-1');

    // Assess
    expect((missing as Error).name).toBe('ObjectNotFoundError');
    expect(found.svm.name).toBe('svm1');
  });
});
