import { AnalyzeDocumentCommand, type Block, TextractClient } from '@aws-sdk/client-textract';
import { mockClient } from 'aws-sdk-client-mock';
import { MAX_OCR_DOCUMENT_BYTES, type OcrRequest, TextractDocumentOcr } from '../../../src/ai';
import { AiServiceError, ThrottlingError, ValidationError } from '../../../src/errors';

const textract = mockClient(TextractClient);

const word = (id: string, text: string, confidence = 99): Block => ({
  Id: id,
  BlockType: 'WORD',
  Text: text,
  Confidence: confidence,
});

const BLOCKS: Block[] = [
  { Id: 'p', BlockType: 'PAGE' },
  { Id: 'l1', BlockType: 'LINE', Text: 'Invoice No: 42', Confidence: 99.1 },
  { Id: 'l2', BlockType: 'LINE', Text: 'Paid [x]', Confidence: 95.5 },
  word('w1', 'Invoice'),
  word('w2', 'No:'),
  word('w3', '42'),
  word('w4', 'Paid'),
  { Id: 's1', BlockType: 'SELECTION_ELEMENT', SelectionStatus: 'SELECTED', Confidence: 90 },
  {
    Id: 'k1',
    BlockType: 'KEY_VALUE_SET',
    EntityTypes: ['KEY'],
    Confidence: 93.2,
    Relationships: [
      { Type: 'CHILD', Ids: ['w1', 'w2'] },
      { Type: 'VALUE', Ids: ['v1'] },
    ],
  },
  {
    Id: 'v1',
    BlockType: 'KEY_VALUE_SET',
    EntityTypes: ['VALUE'],
    Confidence: 88.4,
    Relationships: [{ Type: 'CHILD', Ids: ['w3'] }],
  },
  {
    Id: 'k2',
    BlockType: 'KEY_VALUE_SET',
    EntityTypes: ['KEY'],
    Confidence: 91,
    Relationships: [
      { Type: 'CHILD', Ids: ['w4', 'missing'] },
      { Type: 'VALUE', Ids: ['v2'] },
    ],
  },
  {
    Id: 'v2',
    BlockType: 'KEY_VALUE_SET',
    EntityTypes: ['VALUE'],
    Confidence: 97,
    Relationships: [{ Type: 'CHILD', Ids: ['s1'] }],
  },
  { Id: 'k3', BlockType: 'KEY_VALUE_SET', EntityTypes: ['KEY'], Confidence: 50, Relationships: [] },
  {
    Id: 't1',
    BlockType: 'TABLE',
    Confidence: 97.5,
    Relationships: [{ Type: 'CHILD', Ids: ['c1', 'c2', 'w4'] }],
  },
  { Id: 'c1', BlockType: 'CELL', RowIndex: 1, ColumnIndex: 1, Relationships: [{ Type: 'CHILD', Ids: ['w1'] }] },
  { Id: 'c2', BlockType: 'CELL', RowIndex: 2, ColumnIndex: 2, Relationships: [{ Type: 'CHILD', Ids: ['s1'] }] },
];

describe('TextractDocumentOcr', () => {
  beforeEach(() => {
    textract.reset();
  });

  it('sends the bytes with FORMS and TABLES and maps lines, key-value pairs and tables', async () => {
    // Prepare
    textract.on(AnalyzeDocumentCommand).resolves({ Blocks: BLOCKS });
    const bytes = new TextEncoder().encode('%PDF-1.7');
    const ocr = new TextractDocumentOcr({ client: new TextractClient({}) });

    // Act
    const result = await ocr.analyze({ bytes });

    // Assess
    expect(textract).toHaveReceivedCommandWith(AnalyzeDocumentCommand, {
      Document: { Bytes: bytes },
      FeatureTypes: ['FORMS', 'TABLES'],
    });
    expect(result.text).toBe('Invoice No: 42\nPaid [x]');
    expect(result.lines).toEqual([
      { text: 'Invoice No: 42', confidence: 99.1, page: 1 },
      { text: 'Paid [x]', confidence: 95.5, page: 1 },
    ]);
    expect(result).toMatchObject({ source: 'textract', pages: 1, confidence: 97.3 });
    expect(result.tables).toEqual([
      {
        rows: [
          ['Invoice', ''],
          ['', 'SELECTED'],
        ],
        confidence: 97.5,
        page: 1,
      },
    ]);
    expect(result.keyValues).toEqual([
      { key: 'Invoice No:', value: '42', confidence: 88.4 },
      { key: 'Paid', value: 'SELECTED', confidence: 91 },
    ]);
  });

  it('returns an empty result for a document without text', async () => {
    // Prepare
    textract.on(AnalyzeDocumentCommand).resolves({});
    const ocr = new TextractDocumentOcr();

    // Act
    const result = await ocr.analyze({ bytes: Uint8Array.of(1) });

    // Assess
    expect(result).toEqual({
      text: '',
      lines: [],
      keyValues: [],
      tables: [],
      pages: 1,
      source: 'textract',
      confidence: 0,
    });
  });

  it('uses the region it is given', async () => {
    // Prepare
    const ocr = new TextractDocumentOcr({ region: 'us-east-1' });
    textract.on(AnalyzeDocumentCommand).resolves({});

    // Act
    await ocr.analyze({ bytes: Uint8Array.of(1) });
    const region = await textract.call(0).thisValue.config.region();

    // Assess
    expect(region).toBe('us-east-1');
  });

  it.each<[string, Uint8Array, RegExp, Partial<OcrRequest>?]>([
    ['empty bytes', new Uint8Array(0), /empty/],
    ['bytes over 10 MB', new Uint8Array(MAX_OCR_DOCUMENT_BYTES + 1), /at most 10 MB/],
    ['a pageThreshold of 0', Uint8Array.of(1), /pageThreshold must be a positive integer/, { pageThreshold: 0 }],
    ['an invalid deadline', Uint8Array.of(1), /invalid Date/, { deadline: new Date(Number.NaN) }],
    ['an S3 object without key', Uint8Array.of(1), /needs a bucket/, { s3Object: { bucket: 'b', key: '' } }],
    ['an empty jobId', Uint8Array.of(1), /jobId must not be empty/, { jobId: '' }],
  ])('rejects %s with a ValidationError before calling Textract', async (_name, bytes, reason, extra = {}) => {
    // Prepare
    const ocr = new TextractDocumentOcr();

    // Act
    const outcome = ocr.analyze({ bytes, ...extra });

    // Assess
    await expect(outcome).rejects.toThrow(ValidationError);
    await expect(outcome).rejects.toThrow(reason);
    expect(textract.calls()).toHaveLength(0);
  });

  it('turns throttling into a ThrottlingError and other failures into an AiServiceError', async () => {
    // Prepare
    textract
      .on(AnalyzeDocumentCommand)
      .rejectsOnce(Object.assign(new Error('rate'), { name: 'ProvisionedThroughputExceededException' }))
      .rejectsOnce(Object.assign(new Error('bad document'), { name: 'UnsupportedDocumentException' }));
    const ocr = new TextractDocumentOcr();

    // Act
    const first = ocr.analyze({ bytes: Uint8Array.of(1) });
    await expect(first).rejects.toThrow(ThrottlingError);
    const second = ocr.analyze({ bytes: Uint8Array.of(1) });

    // Assess
    await expect(second).rejects.toThrow(AiServiceError);
    await expect(second).rejects.toThrow(/UnsupportedDocumentException/);
  });
});
