import { evaluateConditions } from '../../src/local/conditions';
import { IntrinsicError } from '../../src/local/errors';

describe('evaluateConditions', () => {
  it('evaluates Equals, And, Or, Not and Condition against parameter values', () => {
    // Prepare
    const definitions = {
      IsDev: { 'Fn::Equals': [{ Ref: 'Env' }, 'dev'] },
      HasName: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'Name' }, ''] }] },
      DevWithName: { 'Fn::And': [{ Condition: 'IsDev' }, { Condition: 'HasName' }] },
      DevOrName: { 'Fn::Or': [{ Condition: 'IsDev' }, { Condition: 'HasName' }] },
    };
    // Act
    const results = evaluateConditions(definitions, { Env: 'dev', Name: '' });
    // Assess
    expect(results).toEqual({ IsDev: true, HasName: false, DevWithName: false, DevOrName: true });
  });

  it('follows the parameter values it is given', () => {
    // Prepare
    const definitions = { IsProd: { 'Fn::Equals': ['prod', { Ref: 'Env' }] } };
    // Act
    const results = [evaluateConditions(definitions, { Env: 'prod' }), evaluateConditions(definitions, { Env: 'dev' })];
    // Assess
    expect(results).toEqual([{ IsProd: true }, { IsProd: false }]);
  });

  it('tests a list parameter for emptiness with Fn::Join, as CloudFormation does', () => {
    // Prepare
    const definitions = {
      HasSubnets: { 'Fn::Not': [{ 'Fn::Equals': [{ 'Fn::Join': ['', { Ref: 'Subnets' }] }, ''] }] },
    };
    const lists = new Set(['Subnets']);
    // Act
    const results = [
      evaluateConditions(definitions, { Subnets: '' }, lists),
      evaluateConditions(definitions, { Subnets: 'subnet-a,subnet-b' }, lists),
    ];
    // Assess
    expect(results).toEqual([{ HasSubnets: false }, { HasSubnets: true }]);
  });

  it('rejects a cycle, an unknown condition and a function conditions cannot use', () => {
    // Prepare
    const cycle = { A: { Condition: 'B' }, B: { Condition: 'A' } };
    const unknown = { A: { Condition: 'Missing' } };
    const bad = { A: { 'Fn::Join': ['', []] } };
    // Act / Assess
    expect(() => evaluateConditions(cycle, {})).toThrow(IntrinsicError);
    expect(() => evaluateConditions(unknown, {})).toThrow(/Missing/);
    expect(() => evaluateConditions(bad, {})).toThrow(/Fn::Join/);
  });
});
