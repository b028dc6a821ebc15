import path from 'node:path';
import fc from 'fast-check';
import { aslErrorNames, definitionPlaceholders, isServiceErrorName, unknownAslErrorNames } from '../../src/testing';

const PATTERN = path.join(__dirname, 'fixtures', 'pattern');

describe('aslErrorNames', () => {
  it('collects ErrorEquals entries at any depth and nothing else', () => {
    // Prepare
    const definition = { States: { A: { Retry: [{ ErrorEquals: ['X'] }], Branches: [{ ErrorEquals: ['Y', 'Z'] }] } } };

    // Act
    const names = aslErrorNames(definition);

    // Assess
    expect(names).toEqual(['X', 'Y', 'Z']);
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(Array.isArray(aslErrorNames(value))).toBe(true);
      }),
    );
  });
});

describe('isServiceErrorName', () => {
  it('accepts States.* and service-qualified names and refuses plain ones', () => {
    // Act
    const verdicts = [
      'States.ALL',
      'Lambda.ServiceException',
      'DynamoDB.ConditionalCheckFailedException',
      'TypoedError',
    ].map(isServiceErrorName);

    // Assess
    expect(verdicts).toEqual([true, true, true, false]);
  });
});

describe('unknownAslErrorNames', () => {
  it('reports the names no function throws and keeps States.* names', () => {
    // Act
    const unknown = unknownAslErrorNames(PATTERN, ['ThrottlingError']);

    // Assess
    expect(unknown).toEqual(['TypoedError']);
  });
});

describe('definitionPlaceholders', () => {
  it('lists the placeholders of the definition and the substitutions of the template', () => {
    // Act
    const found = definitionPlaceholders(PATTERN);

    // Assess
    expect(found).toEqual({ placeholders: ['WorkFunctionArn'], substitutions: ['UnusedArn', 'WorkFunctionArn'] });
  });
});
