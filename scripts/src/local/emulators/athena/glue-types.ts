import { ApiError } from './errors';

const PRIMITIVES: Record<string, string> = {
  string: 'VARCHAR',
  varchar: 'VARCHAR',
  char: 'VARCHAR',
  tinyint: 'TINYINT',
  smallint: 'SMALLINT',
  int: 'INTEGER',
  integer: 'INTEGER',
  bigint: 'BIGINT',
  float: 'FLOAT',
  double: 'DOUBLE',
  boolean: 'BOOLEAN',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
  binary: 'BLOB',
};

/** A cursor over a Glue (Hive) type string such as `array<struct<a:int,b:string>>`. */
class TypeReader {
  position = 0;
  constructor(readonly text: string) {}

  peek(): string {
    return this.text[this.position] ?? '';
  }

  expect(char: string): void {
    if (this.peek() !== char) throw this.error(`expected '${char}'`);
    this.position += 1;
  }

  name(): string {
    const start = this.position;
    while (/[A-Za-z0-9_]/.test(this.peek())) this.position += 1;
    if (start === this.position) throw this.error('expected a name');
    return this.text.slice(start, this.position);
  }

  digits(): string {
    const start = this.position;
    while (/[0-9 ,]/.test(this.peek())) this.position += 1;
    return this.text.slice(start, this.position).replaceAll(' ', '');
  }

  error(what: string): ApiError {
    return new ApiError('InvalidInputException', `column type ${this.text}: ${what} at offset ${this.position}`);
  }
}

function readType(reader: TypeReader): string {
  const name = reader.name().toLowerCase();
  if (name === 'array') {
    reader.expect('<');
    const element = readType(reader);
    reader.expect('>');
    return `${element}[]`;
  }
  if (name === 'map') {
    reader.expect('<');
    const key = readType(reader);
    reader.expect(',');
    const value = readType(reader);
    reader.expect('>');
    return `MAP(${key}, ${value})`;
  }
  if (name === 'struct') {
    reader.expect('<');
    const fields: string[] = [];
    do {
      if (fields.length > 0) reader.expect(',');
      const field = reader.name();
      reader.expect(':');
      fields.push(`"${field}" ${readType(reader)}`);
    } while (reader.peek() === ',');
    reader.expect('>');
    return `STRUCT(${fields.join(', ')})`;
  }
  if (name === 'decimal') {
    if (reader.peek() !== '(') return 'DECIMAL(10, 0)';
    reader.expect('(');
    const size = reader.digits();
    reader.expect(')');
    return `DECIMAL(${size})`;
  }
  const primitive = PRIMITIVES[name];
  if (!primitive) throw reader.error(`unknown type ${name}`);
  if ((name === 'varchar' || name === 'char') && reader.peek() === '(') {
    reader.expect('(');
    reader.digits();
    reader.expect(')');
  }
  return primitive;
}

/**
 * The DuckDB type of a Glue column type: primitives, decimal(p,s), varchar(n), array<>, map<,> and struct<>.
 * Throws `ApiError` (InvalidInputException) naming the offset of what it cannot read.
 */
export function duckdbType(glueType: string): string {
  const reader = new TypeReader(glueType.replaceAll(' ', ''));
  const type = readType(reader);
  if (reader.position !== reader.text.length) throw reader.error('unexpected text');
  return type;
}

/** The Athena (Trino) type name of a DuckDB result column, as GetQueryResults' ColumnInfo.Type reports it. */
export function athenaType(duckdb: string): string {
  const upper = duckdb.toUpperCase();
  if (upper.endsWith('[]')) return 'array';
  const base = upper.split('(')[0] ?? '';
  const names: Record<string, string> = {
    VARCHAR: 'varchar',
    TINYINT: 'tinyint',
    SMALLINT: 'smallint',
    INTEGER: 'integer',
    BIGINT: 'bigint',
    HUGEINT: 'bigint',
    FLOAT: 'real',
    DOUBLE: 'double',
    BOOLEAN: 'boolean',
    DATE: 'date',
    TIMESTAMP: 'timestamp',
    'TIMESTAMP WITH TIME ZONE': 'timestamp with time zone',
    DECIMAL: 'decimal',
    STRUCT: 'row',
    MAP: 'map',
    BLOB: 'varbinary',
  };
  return names[base] ?? 'varchar';
}
