import { validateTemplateFile } from '../../../src/validate';
import { findingsFor, fixture } from '../helpers';

describe('functions rule', () => {
  it('reports every break of the build contract and runtime settings, with Globals merged', async () => {
    // Prepare
    const file = fixture('functions', 'template.yaml');

    // Act
    const worker = findingsFor(await validateTemplateFile(file), 'functions', 'Worker').map((f) => f.message);

    // Assess
    expect(worker).toEqual([
      'BuildProperties.Format must be "cjs"',
      'BuildProperties.Target must be "node22"',
      'BuildProperties.MainFields must be "module,main"',
      'BuildProperties.Packages would leave @fsxn-s3ap/shared out of the bundle',
      'src/functions/worker has a package.json: sam build would run npm install there',
      'Handler must be index.handler',
      'Runtime must be nodejs22.x',
      'Architectures must be [arm64]',
      'Tracing must be !If [<condition on EnableXRayTracing>, Active, PassThrough]',
    ]);
  });

  it('reports a CodeUri outside src/functions and a state machine whose tracing ignores EnableXRayTracing', async () => {
    // Prepare
    const file = fixture('functions', 'template.yaml');

    // Act
    const findings = await validateTemplateFile(file);

    // Assess
    expect(findingsFor(findings, 'functions', 'Elsewhere').map((f) => f.message)).toContain(
      'CodeUri lambda/ must be src/functions/<name>',
    );
    expect(
      findingsFor(findings, 'functions', 'Elsewhere')
        .map((f) => f.message)
        .join(),
    ).not.toMatch(/Tracing/);
    expect(findingsFor(findings, 'functions', 'Flow')).toEqual([
      expect.objectContaining({
        file,
        message: 'Tracing.Enabled must be !If [<condition on EnableXRayTracing>, true, false]',
      }),
    ]);
  });
});
