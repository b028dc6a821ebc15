import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main, parseParams, UsageError } from '../../src/validate';
import { fixture } from './helpers';

describe('validate main', () => {
  let root: string;
  let output: string[];
  let write: jest.SpyInstance;

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'validate-main-'));
    output = [];
    write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output.push(String(chunk));
      return true;
    });
  });

  afterEach(() => {
    write.mockRestore();
    rmSync(root, { recursive: true, force: true });
  });

  it('says there are no templates yet and succeeds', async () => {
    // Prepare
    const argv: string[] = [];

    // Act
    const code = await main(argv, root);

    // Assess
    expect(code).toBe(0);
    expect(output.join('')).toMatch(/no templates yet/);
  });

  it('prints file: [rule] resource: message lines and a summary, and fails on an error', async () => {
    // Prepare
    cpSync(fixture('encryption', 'template.yaml'), path.join(root, 'solutions', 'demo', 'bad', 'template.yaml'));

    // Act
    const code = await main([], root);

    // Assess
    const text = output.join('');
    expect(code).toBe(1);
    expect(text).toContain(
      'solutions/demo/bad/template.yaml: [encryption] PlainTopic (Properties): topic has no KmsMasterKeyId',
    );
    expect(text).toMatch(/validated 1 template: \d+ errors, 0 warnings/);
  });

  it('succeeds with warnings only and says which external linters are skipped', async () => {
    // Prepare
    cpSync(fixture('encryption', 'shared-stack.yaml'), path.join(root, 'shared', 'cfn', 'alarms.yaml'));
    const env = process.env.PATH;
    process.env.PATH = '';

    // Act
    const code = await main(['--external'], root).finally(() => {
      process.env.PATH = env;
    });

    // Assess
    expect(code).toBe(0);
    expect(output.join('')).toContain('validated 1 template: 0 errors, 1 warning');
    expect(output.join('')).toContain('cfn-lint: skipped: not installed');
    expect(output.join('')).toContain('sam validate --lint: skipped: not installed');
  });

  it('rejects an unknown option and a malformed --params', async () => {
    // Prepare
    const unknown = ['--fast'];

    // Act
    const run = main(unknown, root);

    // Assess
    await expect(run).rejects.toThrow(UsageError);
    expect(() => parseParams('DemoMode')).toThrow(/Key=Value/);
  });
});

describe('parseParams', () => {
  it('parses Key=Value pairs and keeps = inside values', () => {
    // Prepare
    const text = 'DemoMode=true,ScheduleExpression=rate(1 hour),Filter=a=b';

    // Act
    const params = parseParams(text);

    // Assess
    expect(params).toEqual({ DemoMode: 'true', ScheduleExpression: 'rate(1 hour)', Filter: 'a=b' });
  });
});
