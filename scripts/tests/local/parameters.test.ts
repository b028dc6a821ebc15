import path from 'node:path';
import { parseRunArgs } from '../../src/local/args';
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

  it('rejects a missing pattern, an unknown option and a bad tick count', () => {
    // Act / Assess
    expect(() => parseRunArgs([])).toThrow(/usage/);
    expect(() => parseRunArgs(['p', '--fast'])).toThrow(/--fast/);
    expect(() => parseRunArgs(['p', '--ticks', '0'])).toThrow(/ticks/);
  });
});
