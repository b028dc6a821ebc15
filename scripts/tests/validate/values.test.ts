import fc from 'fast-check';
import type { CfnValue } from '../../src/template';
import { subPlaceholders } from '../../src/validate/support/refs';
import { renderTexts } from '../../src/validate/support/values';

const identifier = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,10}$/);

describe('subPlaceholders', () => {
  it('returns each placeholder name and skips escaped literals', () => {
    fc.assert(
      fc.property(fc.array(identifier, { maxLength: 5 }), identifier, (names, literal) => {
        // Prepare
        const text = `${names.map((name) => `\${${name}}`).join('-')}/\${!${literal}}`;

        // Act
        const found = subPlaceholders(text);

        // Assess
        expect(found).toEqual(names);
      }),
    );
  });
});

describe('renderTexts', () => {
  it('renders Ref, GetAtt and Join in Sub form and keeps both Fn::If branches', () => {
    // Prepare
    const value: CfnValue = {
      'Fn::Join': [':', ['arn', { Ref: 'AWS::Partition' }, { 'Fn::If': ['C', 'a', { 'Fn::GetAtt': ['Fn', 'Arn'] }] }]],
    };

    // Act
    const texts = renderTexts(value);

    // Assess
    expect(texts).toEqual([`arn:\${AWS::Partition}:a`, `arn:\${AWS::Partition}:\${Fn.Arn}`]);
  });

  it('renders AWS::NoValue as nothing', () => {
    // Prepare
    const value = { 'Fn::If': ['C', { Ref: 'AWS::NoValue' }, 'x'] };

    // Act
    const texts = renderTexts(value);

    // Assess
    expect(texts).toEqual(['x']);
  });
});
