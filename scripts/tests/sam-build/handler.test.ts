import { bundleModules, ContractError, parseHandler } from '../../src/sam-build';

describe('parseHandler', () => {
  it.each([
    ['index.handler', 'index', 'handler'],
    ['handlers/tag-images.main', 'handlers/tag-images', 'main'],
  ])('splits %s into its module and export', (handler, module, exportName) => {
    // Assess
    expect(parseHandler(handler)).toEqual({ module, exportName });
  });

  it.each([['index'], ['index.'], ['.handler'], ['../up.handler'], ['index.1handler']])('rejects %s', (handler) => {
    // Assess
    expect(() => parseHandler(handler)).toThrow(ContractError);
  });

  it('rejects a missing Handler', () => {
    // Assess
    expect(() => parseHandler(undefined)).toThrow('Handler null is not of the form <file>.<export>');
  });
});

describe('bundleModules', () => {
  it.each([
    [['index.ts'], ['index']],
    [['src/index.ts'], ['index']],
    [
      ['a/index.ts', 'a/b/worker.ts'],
      ['index', 'b/worker'],
    ],
    [
      ['index.ts', 'lib/worker.js'],
      ['index', 'lib/worker'],
    ],
    [['./index.ts'], ['index']],
  ])('names the files esbuild writes for %j', (entries, modules) => {
    // Assess
    expect(bundleModules(entries)).toEqual(modules);
  });
});
