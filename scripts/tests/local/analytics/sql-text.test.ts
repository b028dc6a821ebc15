import { translateSql } from '../../../src/local/emulators/athena/sql-text';

describe('translateSql', () => {
  it('renames approx_percentile to DuckDB approx_quantile in code, whatever the case and spacing', () => {
    expect(translateSql('SELECT APPROX_PERCENTILE (x, 0.95) FROM t')).toBe('SELECT approx_quantile (x, 0.95) FROM t');
  });

  it('leaves the name alone in strings, quoted identifiers and longer identifiers', () => {
    const sql = `SELECT 'approx_percentile(' AS a, "approx_percentile" AS b, my_approx_percentile(x) FROM t`;
    expect(translateSql(sql)).toBe(sql);
  });
});
