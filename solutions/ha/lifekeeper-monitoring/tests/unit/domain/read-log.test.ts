import { ValidationError } from '@fsxn-s3ap/shared/errors';
import { analyzeFile } from '../../../src/domain/analyze-file';
import { type LogReader, readLog } from '../../../src/domain/read-log';

function readerOf(bytes: Uint8Array) {
  const calls: string[] = [];
  const reader: LogReader = {
    getBytes: async (_key, options) => {
      calls.push(`bytes:${options?.maxBytes}`);
      return bytes;
    },
    getRange: async (_key, start, end) => {
      calls.push(`range:${start}-${end}`);
      return bytes.slice(start, end + 1);
    },
  };
  return { reader, calls };
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('readLog', () => {
  it('reads a log that fits the cap whole', async () => {
    // Prepare
    const { reader, calls } = readerOf(encode('line 1\nline 2\n'));

    // Act
    const log = await readLog(reader, 'k', 14, 100);

    // Assess
    expect(log).toEqual({
      text: 'line 1\nline 2\n',
      readMode: 'whole',
      bytesRead: 14,
      skippedBytes: 0,
      windows: [{ start: 0, end: 13 }],
    });
    expect(calls).toEqual(['bytes:100']);
  });

  it('reads a larger log as head and tail windows by range, trimmed to whole lines', async () => {
    // Prepare
    const text = `${'head line\n'.repeat(20)}${'middle\n'.repeat(500)}${'tail FAILOVER\n'.repeat(20)}`;
    const bytes = encode(text);
    const { reader, calls } = readerOf(bytes);

    // Act
    const log = await readLog(reader, 'k', bytes.byteLength, 200);

    // Assess
    expect(calls).toEqual(['range:0-99', `range:${bytes.byteLength - 100}-${bytes.byteLength - 1}`]);
    expect(log.readMode).toBe('head+tail');
    expect(log.skippedBytes).toBe(bytes.byteLength - 200);
    expect(log.text).toMatch(/^head line\n/);
    expect(log.text).toContain(`[... ${bytes.byteLength - 200} bytes not read ...]`);
    expect(log.text.endsWith('tail FAILOVER\n')).toBe(true);
    expect(
      log.text.split('\n').every((line) => line === '' || /^(head line|tail FAILOVER|\[\.\.\. .*\])$/.test(line)),
    ).toBe(true);
  });

  it('decodes invalid UTF-8 to replacement characters instead of failing', async () => {
    // Prepare
    const bytes = new Uint8Array([0x46, 0x41, 0xff, 0xfe, 0x0a, 0x49, 0x53, 0x50]);
    const { reader } = readerOf(bytes);

    // Act
    const log = await readLog(reader, 'k', bytes.byteLength, 100);

    // Assess
    expect(log.text).toBe('FA\uFFFD\uFFFD\nISP');
  });

  it('reads an empty log as empty text', async () => {
    // Prepare
    const { reader } = readerOf(new Uint8Array(0));

    // Act
    const log = await readLog(reader, 'k', 0, 100);

    // Assess
    expect(log).toMatchObject({ text: '', bytesRead: 0, windows: [] });
  });

  it('rejects a cap below two bytes', async () => {
    // Act / Assess
    await expect(readLog(readerOf(new Uint8Array(1)).reader, 'k', 1, 1)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('analyzeFile', () => {
  it('classifies a lifekeeper.log with a failover inside as a CRITICAL failover log', async () => {
    // Prepare
    const { reader } = readerOf(encode('2026-06-21 02:14:34 n1 lcd: FAILOVER of hierarchy nfs to n2\n'));

    // Act
    const file = await analyzeFile({ key: 'lifekeeper/logs/n1/lifekeeper.log', size: 58 }, reader, {
      prefix: 'lifekeeper/logs/',
      capBytes: 1024,
    });

    // Assess
    expect(file).toMatchObject({ keyCategory: 'general_log', category: 'failover_event', severity: 'CRITICAL' });
    expect(file).not.toHaveProperty('read.text');
  });
});
