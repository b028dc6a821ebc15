// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are CloudFormation and ASL placeholders, not templates
import fc from 'fast-check';
import { IntrinsicError } from '../../src/local/errors';
import { type IntrinsicScope, NO_VALUE, resolveString, resolveSub, resolveValue } from '../../src/local/intrinsics';
import type { CfnValue } from '../../src/template';

const scope: IntrinsicScope = {
  parameters: { Env: 'dev', 'AWS::Region': 'us-east-1', 'AWS::StackName': 'local-demo', Empty: '' },
  conditions: { IsDev: true, IsProd: false },
  resources: {
    Bucket: {
      type: 'AWS::S3::Bucket',
      ref: 'local-demo-bucket',
      attributes: { Arn: 'arn:aws:s3:::local-demo-bucket' },
    },
    Fn: {
      type: 'AWS::Serverless::Function',
      ref: 'local-demo-Fn',
      attributes: { Arn: 'arn:aws:lambda:us-east-1:0:function:local-demo-Fn' },
    },
  },
  mappings: { Sizes: { dev: { memory: 256 } } },
};

describe('resolveValue', () => {
  it('resolves Ref to parameters, pseudo parameters and resources', () => {
    // Prepare
    const value = { a: { Ref: 'Env' }, b: { Ref: 'AWS::Region' }, c: { Ref: 'Bucket' } };
    // Act
    const resolved = resolveValue(value, scope);
    // Assess
    expect(resolved).toEqual({ a: 'dev', b: 'us-east-1', c: 'local-demo-bucket' });
  });

  it('resolves Ref of a list parameter to a list that Join and Select accept', () => {
    // Prepare
    const lists: IntrinsicScope = {
      ...scope,
      parameters: { ...scope.parameters, Groups: 'tg-a, tg-b', NoGroups: '' },
      listParameters: new Set(['Groups', 'NoGroups']),
    };
    const value = {
      all: { Ref: 'Groups' },
      joined: { 'Fn::Join': [';', { Ref: 'Groups' }] },
      second: { 'Fn::Select': [1, { Ref: 'Groups' }] },
      none: { Ref: 'NoGroups' },
    };

    // Act
    const resolved = resolveValue(value, lists);

    // Assess
    expect(resolved).toEqual({ all: ['tg-a', 'tg-b'], joined: 'tg-a;tg-b', second: 'tg-b', none: [] });
  });

  it('resolves GetAtt in list and dotted forms', () => {
    // Prepare
    const listForm = { 'Fn::GetAtt': ['Fn', 'Arn'] };
    const dotted = { 'Fn::GetAtt': 'Bucket.Arn' };
    // Act
    const results = [resolveValue(listForm, scope), resolveValue(dotted, scope)];
    // Assess
    expect(results).toEqual(['arn:aws:lambda:us-east-1:0:function:local-demo-Fn', 'arn:aws:s3:::local-demo-bucket']);
  });

  it('takes the If branch of the evaluated condition and drops AWS::NoValue', () => {
    // Prepare
    const value = {
      kept: { 'Fn::If': ['IsDev', 'yes', 'no'] },
      dropped: { 'Fn::If': ['IsProd', 'x', { Ref: 'AWS::NoValue' }] },
      list: ['a', { 'Fn::If': ['IsProd', 'b', { Ref: 'AWS::NoValue' }] }],
    };
    // Act
    const resolved = resolveValue(value, scope);
    // Assess
    expect(resolved).toEqual({ kept: 'yes', list: ['a'] });
  });

  it('resolves Join, Select, Split, FindInMap and ToJsonString', () => {
    // Prepare
    const value = {
      join: { 'Fn::Join': ['-', ['a', { Ref: 'Env' }]] },
      select: { 'Fn::Select': [1, { 'Fn::Split': [',', 'x,y,z'] }] },
      map: { 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'memory'] },
      json: { 'Fn::ToJsonString': { k: { Ref: 'Env' } } },
    };
    // Act
    const resolved = resolveValue(value, scope);
    // Assess
    expect(resolved).toEqual({ join: 'a-dev', select: 'y', map: 256, json: '{"k":"dev"}' });
  });

  it('rejects an unknown reference, attribute, condition and function by name', () => {
    // Prepare
    const cases: CfnValue[] = [
      { Ref: 'Missing' },
      { 'Fn::GetAtt': ['Bucket', 'WebsiteURL'] },
      { 'Fn::If': ['Nope', 'a', 'b'] },
      { 'Fn::GetAZs': '' },
    ];
    // Act
    const errors = cases.map((value) => {
      try {
        resolveValue(value, scope);
        return undefined;
      } catch (error) {
        return error;
      }
    });
    // Assess
    for (const error of errors) expect(error).toBeInstanceOf(IntrinsicError);
    expect(String(errors[0])).toContain('Missing');
    expect(String(errors[1])).toContain('WebsiteURL');
    expect(String(errors[2])).toContain('Nope');
    expect(String(errors[3])).toContain('Fn::GetAZs');
  });
});

describe('resolveSub', () => {
  it('replaces parameters, attributes and its own variables, and keeps ${!Literal}', () => {
    // Prepare
    const text = '${AWS::StackName}/${Bucket.Arn}/${Own}/${!Literal}';
    // Act
    const resolved = resolveSub(text, { Own: 'mine' }, scope);
    // Assess
    expect(resolved).toBe('local-demo/arn:aws:s3:::local-demo-bucket/mine/${Literal}');
  });

  it('leaves text without placeholders unchanged', () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !text.includes('${')),
        (text) => {
          expect(resolveSub(text, {}, scope)).toBe(text);
        },
      ),
    );
  });
});

describe('resolveString', () => {
  it('gives text for scalars and undefined for AWS::NoValue', () => {
    // Prepare / Act
    const number = resolveString(5, scope);
    const none = resolveString({ Ref: 'AWS::NoValue' }, scope);
    // Assess
    expect(number).toBe('5');
    expect(none).toBeUndefined();
    expect(resolveValue({ Ref: 'AWS::NoValue' }, scope)).toBe(NO_VALUE);
  });

  it('rejects a map where a string is needed', () => {
    // Act / Assess
    expect(() => resolveString({ a: 'b' }, scope)).toThrow(IntrinsicError);
  });
});
