import { validateTemplateFile } from '../../../src/validate';
import { findingsFor, fixture } from '../helpers';

const file = fixture('distributed-map', 'template.yaml');

describe('Distributed Map rules', () => {
  let findings: Awaited<ReturnType<typeof validateTemplateFile>>;

  beforeAll(async () => {
    findings = await validateTemplateFile(file);
  });

  const found = (rule: string, resource: string) =>
    findingsFor(findings, rule, resource).map((finding) => `${finding.severity}: ${finding.message}`);

  it('passes a Distributed Map with ItemReader, ItemBatcher, ResultWriter, Catch and the IAM it needs', () => {
    expect(found('asl', 'DistributedGood')).toEqual([]);
    expect(found('distributed-map', 'DistributedGood')).toEqual([]);
  });

  it('rejects a Distributed Map without Catch', () => {
    expect(found('asl', 'DistributedNoCatch')).toEqual([
      expect.stringMatching(/^error: a Distributed Map needs Catch/),
    ]);
  });

  it('leaves the errors of a Distributed Map in a Parallel branch to the Parallel when it catches them', () => {
    expect(found('asl', 'DistributedInParallel')).toEqual([]);
    expect(found('asl', 'DistributedInParallelNoCatch')).toEqual([
      expect.stringMatching(/^error: a Distributed Map needs Catch/),
    ]);
  });

  it('rejects a Distributed Map without ResultWriter unless MaxItems bounds its results', () => {
    expect(found('asl', 'DistributedNoWriter')).toEqual([
      expect.stringMatching(/^error: a Distributed Map without ResultWriter returns every child result/),
    ]);
    expect(found('asl', 'DistributedBounded')).toEqual([]);
  });

  it('rejects a role without states:StartExecution, s3:GetObject for the ItemReader and s3:PutObject for ResultWriter', () => {
    expect(found('distributed-map', 'DistributedMissingIam')).toEqual([
      expect.stringMatching(/no states:StartExecution/),
      expect.stringMatching(/no s3:GetObject/),
      expect.stringMatching(/no s3:PutObject/),
    ]);
  });

  it('warns about an INLINE Map over a list a Task produced, unless its Comment documents the bound', () => {
    expect(found('asl', 'InlineUnbounded')).toEqual([
      expect.stringMatching(/^warning: INLINE Map iterates a list the Task Discover produces/),
    ]);
    expect(found('asl', 'InlineBounded')).toEqual([]);
  });

  it('rejects Distributed Map fields on an INLINE Map (asl-validator accepts them)', () => {
    expect(found('asl', 'InlineDistributedFields')).toEqual([
      'error: ItemBatcher is a Distributed Map field; this Map runs INLINE',
      'error: ToleratedFailureCount is a Distributed Map field; this Map runs INLINE',
    ]);
  });
});
