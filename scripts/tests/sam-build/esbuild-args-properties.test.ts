import fc from 'fast-check';
import { ContractError, esbuildArgsFromProperties } from '../../src/sam-build';

const PREFIX = ['index.ts', '--bundle', '--platform=node', '--outdir=/out'];

// PascalCase keys built from words, so the expected flag is derived independently of the code under test.
const words = fc.array(fc.stringMatching(/^[A-Z][a-z]{1,6}$/), { minLength: 1, maxLength: 3 });
const flagKey = words.filter(
  (parts) => !['EntryPoints', 'UseNpmCi', 'Bundle', 'Platform', 'Outdir'].includes(parts.join('')),
);
const expectedFlag = (parts: string[]) => parts.map((part) => part.toLowerCase()).join('-');
const text = fc.string({ minLength: 1, maxLength: 20 });

describe('esbuildArgsFromProperties properties', () => {
  it('maps every boolean, string and list property to exactly its documented flag form', () => {
    fc.assert(
      fc.property(flagKey, fc.oneof(fc.boolean(), text, fc.array(text, { maxLength: 4 })), (parts, value) => {
        // Prepare
        const flag = expectedFlag(parts);
        const expected =
          value === true
            ? [`--${flag}`]
            : value === false
              ? []
              : typeof value === 'string'
                ? [`--${flag}=${value}`]
                : value.map((item) => `--${flag}:${item}`);

        // Act
        const args = esbuildArgsFromProperties({ EntryPoints: ['index.ts'], [parts.join('')]: value }, '/out');

        // Assess
        const defaults = ['--target=es2020', '--format=cjs', '--minify'].filter(
          (arg) => arg.slice(2).split('=')[0] !== flag,
        );
        expect(args).toEqual([...PREFIX, ...defaults, ...expected]);
      }),
    );
  });

  it('always throws on a number or a map, whatever the key', () => {
    fc.assert(
      fc.property(
        flagKey,
        fc.oneof(fc.double(), fc.integer(), fc.dictionary(fc.string(), fc.string(), { minKeys: 1 })),
        (parts, value) => {
          // Act
          const act = () => esbuildArgsFromProperties({ EntryPoints: ['index.ts'], [parts.join('')]: value }, '/out');

          // Assess
          expect(act).toThrow(ContractError);
        },
      ),
    );
  });
});
