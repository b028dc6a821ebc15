import { compileTemplate, parseSimplePath, queryPath } from '../../../src/local/distributed-map/json-path';

describe('payload templates', () => {
  it('parses plain paths and leaves filters to the interpreter', () => {
    expect(parseSimplePath("$.a['b c'][2]")).toEqual({ root: '$', segments: ['a', 'b c', 2] });
    expect(parseSimplePath('$$.Map.Item.Value')).toEqual({ root: '$$', segments: ['Map', 'Item', 'Value'] });
    expect(parseSimplePath('$.a[?(@.b)]')).toBeUndefined();
  });

  it('names a path that selects nothing with States.Runtime', () => {
    expect(() => queryPath('$.missing', { a: 1 })).toThrow(expect.objectContaining({ name: 'States.Runtime' }));
  });

  it('applies plain paths itself and intrinsic functions through the interpreter', async () => {
    // Prepare
    const context = { Map: { Item: { Index: 3, Value: { key: 'k' } } } };

    // Act
    const plain = await compileTemplate({ 'key.$': '$$.Map.Item.Value.key', 'run.$': '$.run', fixed: 1 })(
      { run: 'r' },
      context,
    );
    const intrinsic = await compileTemplate({ 'label.$': "States.Format('{}-{}', $.run, $$.Map.Item.Index)" })(
      { run: 'r' },
      context,
    );

    // Assess
    expect(plain).toEqual({ key: 'k', run: 'r', fixed: 1 });
    expect(intrinsic).toEqual({ label: 'r-3' });
  });
});
