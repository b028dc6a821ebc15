import { DemoDocumentOcr, DemoEntityExtractor } from '@fsxn-s3ap/shared/ai';
import { DEFAULT_THRESHOLDS } from '@fsxn-s3ap/shared/human-review';
import { batchEvent, testKit } from '@fsxn-s3ap/shared/testing';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { pdfDocument, textImage } from '@fsxn-s3ap/tools/demo-files';
import type { RetentionRecord } from '../../../src/domain/retention-store';
import type { IndexDocument } from '../../../src/domain/search-index';
import { type ArchiveRecord, archiveStage } from '../../../src/stages/archive';
import type { ArchiveSettings } from '../../../src/stages/archive-settings';
import { indexingStage } from '../../../src/stages/indexing';

const SSN = '123-45-6789';
const CARD = '4111 1111 1111 1111';
const NOW = '2026-12-06T10:00:00.000Z';

const settings = (overrides: Partial<ArchiveSettings> = {}): ArchiveSettings => ({
  syncPageThreshold: 10,
  maxDocumentBytes: 1_000_000,
  reviewPrefix: 'review/',
  thresholds: DEFAULT_THRESHOLDS,
  indexing: false,
  ...overrides,
});

async function files(): Promise<Record<string, Uint8Array | string>> {
  const pdf = await pdfDocument({ title: 'File', pages: [{ lines: [`SSN: ${SSN}`, `Card ${CARD}`, 'GRS 1.1'] }] });
  return {
    'archives/personnel/file.pdf': pdf,
    'archives/personnel/broken.pdf': pdf.subarray(0, 100),
    'archives/mail/old.msg': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]),
    'archives/memos/scan.tif': textImage({ lines: ['MEMO'], format: 'tiff' }),
    'archives/notes.txt': 'not a record type',
  };
}

function setUp(all: Record<string, Uint8Array | string>, overrides: Partial<ArchiveSettings> = {}) {
  const kit = testKit({ files: all, now: NOW });
  const retention: RetentionRecord[] = [];
  const ports = {
    // No OCR endpoint: the TIFF is read as nothing, with confidence 0 (review).
    ocr: new DemoDocumentOcr({}),
    pii: new DemoEntityExtractor(),
    retention: { put: async (record: RetentionRecord) => void retention.push(record) },
  };
  const handler = createItemHandler(archiveStage, { ...kit, settings: settings(overrides), ports });
  const event = (...keys: string[]) => batchEvent(keys.map((key) => ({ key, size: all[key]?.length ?? 0 })));
  return { kit, retention, handler, event };
}

const stored = (kit: ReturnType<typeof testKit>, suffix: string) =>
  [...kit.output.objects.entries()].filter(([key]) => key.endsWith(suffix));

describe('archive stage', () => {
  it('redacts a record, keeps a value-free sidecar, classifies it and records its retention', async () => {
    // Prepare
    const { kit, retention, handler, event } = setUp(await files());

    // Act
    const outcome = await handler(event('archives/personnel/file.pdf'));

    // Assess
    expect(outcome).toMatchObject({ succeeded: 1, failedCount: 0 });
    expect(outcome.summary).toMatchObject({
      records: 1,
      byClassification: { confidential: 1 },
      bySchedule: { '1.1': 1 },
      redactionsByType: { CREDIT_DEBIT_NUMBER: 1, SSN: 1 },
    });
    const [[redactedKey, redacted]] = stored(kit, '_redacted.txt') as [[string, string]];
    expect(redactedKey).toMatch(
      /^out\/redacted\/2026\/12\/06\/archives_personnel_file\.pdf-[0-9a-f]{8}_redacted\.txt$/,
    );
    expect(redacted).toContain('SSN: [REDACTED]');
    expect(redacted).not.toContain(SSN);
    const [[, sidecar]] = stored(kit, '_redaction.json') as [[string, unknown]];
    expect(JSON.stringify(sidecar)).not.toContain(SSN);
    expect(JSON.stringify(sidecar)).not.toContain('4111');
    expect(retention).toEqual([
      expect.objectContaining({
        documentKey: 'archives/personnel/file.pdf',
        schedule: '1.1',
        years: 30,
        retainUntil: '2056-12-06T10:00:00.000Z',
        expiresAt: Date.parse('2056-12-06T10:00:00.000Z') / 1000,
        classification: 'confidential',
      }),
    ]);
    const [[, record]] = stored(kit, '_record.json') as [[string, ArchiveRecord]];
    expect(JSON.stringify(record)).not.toContain(SSN);
    expect(stored(kit, '_document.json')).toEqual([]);
  });

  it('reports unsupported, corrupt and unknown files as named failures', async () => {
    // Prepare
    const { handler, event, retention } = setUp(await files());

    // Act
    const outcome = await handler(
      event('archives/mail/old.msg', 'archives/personnel/broken.pdf', 'archives/notes.txt'),
    );

    // Assess
    expect(outcome).toMatchObject({ succeeded: 0, failedCount: 3 });
    expect(outcome.failures.map((failure) => [failure.item, failure.error])).toEqual([
      ['archives/mail/old.msg', 'UnsupportedFormatError'],
      ['archives/personnel/broken.pdf', 'PdfFormatError'],
      ['archives/notes.txt', 'UnsupportedFormatError'],
    ]);
    expect(retention).toEqual([]);
  });

  it('sends a record whose OCR confidence is below the threshold to the review prefix and counts it', async () => {
    // Prepare
    const { kit, handler, event } = setUp(await files());

    // Act
    const outcome = await handler(event('archives/memos/scan.tif'));

    // Assess
    expect(outcome.summary).toMatchObject({ review: 1, records: 1, bySource: { none: 1 } });
    expect(stored(kit, '_redacted.txt').map(([key]) => key)).toEqual([expect.stringMatching(/^out\/review\//)]);
  });

  it('writes an index document that IndexDocuments puts into the index, counting refusals', async () => {
    // Prepare
    const { kit, handler, event } = setUp(await files(), { indexing: true });
    await handler(event('archives/personnel/file.pdf'));
    const indexed: [string, IndexDocument][] = [];
    const index = (fail: boolean) => ({
      put: async (id: string, document: IndexDocument) => {
        if (fail) throw new Error('refused');
        indexed.push([id, document]);
      },
    });
    const indexEvent = event('archives/personnel/file.pdf', 'archives/mail/old.msg');

    // Act
    const ok = await createItemHandler(indexingStage, { ...kit, ports: { index: index(false) } })(indexEvent);
    const refused = await createItemHandler(indexingStage, { ...kit, ports: { index: index(true) } })(indexEvent);

    // Assess: the .msg has no index document (it failed processing) and is skipped.
    expect(ok.summary).toEqual({ indexed: 1, indexFailed: 0 });
    expect(refused.summary).toEqual({ indexed: 0, indexFailed: 1 });
    expect(indexed[0]?.[1]).toMatchObject({ classification: 'confidential', schedule: '1.1', redactions: 2 });
    expect(indexed[0]?.[1].text).not.toContain(SSN);
  });
});
