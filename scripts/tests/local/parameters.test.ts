import path from 'node:path';
import { INVOKE_USAGE, parseRunArgs } from '../../src/local/args';
import { LocalRunError } from '../../src/local/errors';
import { parseParams, resolveParameters } from '../../src/local/parameters';
import { loadTemplate } from '../../src/template';

const TEMPLATE = loadTemplate(path.join(__dirname, 'fixtures', 'workflow', 'template.yaml'));

describe('parseParams', () => {
  it('splits K=V pairs and keeps = inside values', () => {
    // Act
    const params = parseParams('A=1, B=x=y,,C=');
    // Assess
    expect(params).toEqual({ A: '1', B: 'x=y', C: '' });
  });

  it('rejects an entry without =', () => {
    // Act / Assess
    expect(() => parseParams('A')).toThrow(LocalRunError);
  });
});

describe('resolveParameters', () => {
  it('uses local defaults for the input alias and DemoMode, then the overrides', () => {
    // Act
    const values = resolveParameters(TEMPLATE, { MapConcurrency: '5' }, 'local-x');
    // Assess
    expect(values).toMatchObject({
      S3AccessPointAlias: 'local-input-ext-s3alias',
      DemoMode: 'true',
      MapConcurrency: '5',
      'AWS::StackName': 'local-x',
    });
  });

  it('rejects an undeclared parameter and a value outside AllowedValues', () => {
    // Act / Assess
    expect(() => resolveParameters(TEMPLATE, { Nope: '1' }, 's')).toThrow(/Nope/);
    expect(() => resolveParameters(TEMPLATE, { DemoMode: 'maybe' }, 's')).toThrow(/DemoMode/);
  });
});

describe('parseRunArgs', () => {
  it('reads the pattern and every option', () => {
    // Act
    const args = parseRunArgs(['media/x', '--data', 'd', '--params', 'A=1', '--ticks=3', '--json']);
    // Assess
    expect(args).toEqual({ pattern: 'media/x', data: 'd', params: { A: '1' }, ticks: 3, json: true });
  });

  it('reads the function and the event of make invoke', () => {
    // Act
    const args = parseRunArgs(['media/x', '--function', 'Fn', '--event=events/a.json'], INVOKE_USAGE);
    // Assess
    expect(args).toMatchObject({ pattern: 'media/x', function: 'Fn', event: 'events/a.json' });
  });

  it.each([
    [[], /^PATTERN= is missing\nusage: make run PATTERN=/],
    [['p', '--fast'], /^unknown option --fast\n/],
    [['p', '--ticks', '0'], /^TICKS= must be a positive integer, not 0\n/],
    [['p', '--data'], /^DATA= needs a value\n/],
    [['p', '--data', '--json'], /^DATA= needs a value\n/],
    [['p', '--params='], /^PARAMS= needs a value\n/],
    [['p', 'q'], /^PATTERN= takes one pattern; "q" is one too many\n/],
  ])('rejects %j naming the Make variable, with the usage', (argv, message) => {
    // Act / Assess
    expect(() => parseRunArgs(argv)).toThrow(message);
  });

  it('ends an invoke usage error with the invoke usage', () => {
    // Act / Assess
    expect(() => parseRunArgs(['p', '--function'], INVOKE_USAGE)).toThrow(
      /^FUNCTION= needs a value\nusage: make invoke/,
    );
  });
});
