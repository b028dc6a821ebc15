import {
  ContractError,
  esbuildArgs,
  esbuildArgsFromProperties,
  flagName,
  propertyFlags,
  snakeCaseKey,
} from '../../src/sam-build';
import { samFunction } from './support/fixtures';

const PREFIX = ['index.ts', '--bundle', '--platform=node', '--outdir=/out'];

describe('esbuildArgsFromProperties', () => {
  it('maps the conventional properties to the argv SAM passes', () => {
    // Prepare
    const properties = { EntryPoints: ['index.ts'], Format: 'cjs', Target: 'node22', Minify: true, Sourcemap: true };

    // Act
    const args = esbuildArgsFromProperties(properties, '/out');

    // Assess
    expect(args).toEqual([...PREFIX, '--format=cjs', '--target=node22', '--minify', '--sourcemap']);
  });

  it('adds the builder defaults for target, format and minify when the template leaves them out', () => {
    // Act
    const args = esbuildArgsFromProperties({ EntryPoints: ['index.ts'] }, '/out');

    // Assess
    expect(args).toEqual([...PREFIX, '--target=es2020', '--format=cjs', '--minify']);
  });

  it('omits a false boolean and its default alike', () => {
    // Act
    const args = esbuildArgsFromProperties({ EntryPoints: ['index.ts'], Minify: false, Sourcemap: false }, '/out');

    // Assess
    expect(args).toEqual([...PREFIX, '--target=es2020', '--format=cjs']);
  });

  it('writes list properties as one colon flag per item, in template order', () => {
    // Prepare
    const properties = {
      EntryPoints: ['index.ts'],
      External: ['@aws-sdk/*', 'sharp'],
      Loader: ['.txt=text', '.node=file'],
      Banner: ['js=// built'],
      Define: ['process.env.STAGE="prod"'],
      OutExtension: ['.js=.cjs'],
      MainFields: 'module,main',
      Target: 'node22',
      Format: 'cjs',
      Minify: true,
    };

    // Act
    const args = esbuildArgsFromProperties(properties, '/out');

    // Assess
    expect(args.slice(PREFIX.length)).toEqual([
      '--external:@aws-sdk/*',
      '--external:sharp',
      '--loader:.txt=text',
      '--loader:.node=file',
      '--banner:js=// built',
      '--define:process.env.STAGE="prod"',
      '--out-extension:.js=.cjs',
      '--main-fields=module,main',
      '--target=node22',
      '--format=cjs',
      '--minify',
    ]);
  });

  it('drops the properties the builder sets itself or reads for other purposes', () => {
    // Prepare
    const properties = { EntryPoints: ['index.ts'], Bundle: false, Platform: 'browser', Outdir: 'x', UseNpmCi: 5 };

    // Act
    const args = esbuildArgsFromProperties(properties, '/out');

    // Assess
    expect(args).toEqual([...PREFIX, '--target=es2020', '--format=cjs', '--minify']);
  });

  it('gives every entry point the extension the resolver finds, in order', () => {
    // Act
    const args = esbuildArgsFromProperties({ EntryPoints: ['index', 'worker.js'], Target: 'node22' }, '/o', (entry) =>
      entry.includes('.') ? entry : `${entry}.ts`,
    );

    // Assess
    expect(args.slice(0, 3)).toEqual(['index.ts', 'worker.js', '--bundle']);
  });

  it.each([
    ['absent', {}, 'EntryPoints is not set'],
    ['not a list', { EntryPoints: 'index.ts' }, 'EntryPoints must be a list'],
    ['empty', { EntryPoints: [] }, 'EntryPoints must not be empty'],
    ['not file names', { EntryPoints: [1] }, 'EntryPoints must list file names'],
  ])('rejects EntryPoints that are %s', (_label, properties, message) => {
    // Act
    const act = () => esbuildArgsFromProperties(properties, '/out');

    // Assess
    expect(act).toThrow(ContractError);
    expect(act).toThrow(message);
  });

  it.each([
    ['a number', { LineLimit: 80 }, 'LineLimit is a number'],
    ['a map', { Loader: { '.txt': 'text' } }, 'Loader is a map'],
    ['empty', { Minify: null }, 'Minify is an empty value'],
    ['a list of numbers', { External: [1] }, 'External holds a number'],
  ])('fails the build on a property that is %s', (_label, extra, message) => {
    // Act
    const act = () => esbuildArgsFromProperties({ EntryPoints: ['index.ts'], ...extra }, '/out');

    // Assess
    expect(act).toThrow(ContractError);
    expect(act).toThrow(message);
  });
});

describe('snakeCaseKey', () => {
  it.each([
    ['MainFields', 'main_fields', 'main-fields'],
    ['Minify', 'minify', 'minify'],
    ['OutExtension', 'out_extension', 'out-extension'],
    ['JSX', 'j_s_x', 'j-s-x'],
  ])('turns %s into %s as SAM CLI does', (key, snake, flag) => {
    // Assess
    expect(snakeCaseKey(key)).toBe(snake);
    expect(flagName(key)).toBe(flag);
  });
});

describe('propertyFlags', () => {
  it('returns no flag for false', () => {
    // Assess
    expect(propertyFlags('KeepNames', false)).toEqual([]);
    expect(propertyFlags('KeepNames', true)).toEqual(['--keep-names']);
  });
});

describe('esbuildArgs', () => {
  it('reads the function Metadata.BuildProperties', () => {
    // Prepare
    const fn = samFunction({ EntryPoints: ['index.ts'], Target: 'node22', Format: 'cjs', Minify: true });

    // Act
    const args = esbuildArgs(fn, '/out');

    // Assess
    expect(args).toEqual([...PREFIX, '--target=node22', '--format=cjs', '--minify']);
  });

  it('rejects a function without a BuildProperties map', () => {
    // Prepare
    const fn = samFunction({}, { metadata: { BuildMethod: 'esbuild' } });

    // Act
    const act = () => esbuildArgs(fn, '/out');

    // Assess
    expect(act).toThrow('WorkerFunction has no Metadata.BuildProperties map');
  });
});
