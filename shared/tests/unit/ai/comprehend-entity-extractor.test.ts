import { ComprehendClient, DetectEntitiesCommand, DetectPiiEntitiesCommand } from '@aws-sdk/client-comprehend';
import { mockClient } from 'aws-sdk-client-mock';
import { ComprehendEntityExtractor, MAX_ENTITY_TEXT_BYTES, truncateUtf8 } from '../../../src/ai';
import { AiServiceError, ThrottlingError, ValidationError } from '../../../src/errors';

const comprehend = mockClient(ComprehendClient);

describe('ComprehendEntityExtractor', () => {
  beforeEach(() => {
    comprehend.reset();
  });

  it('sends the text in English by default and maps the entities', async () => {
    // Prepare
    comprehend.on(DetectEntitiesCommand).resolves({
      Entities: [
        { Type: 'PERSON', Text: 'Jane Doe', Score: 0.99, BeginOffset: 0, EndOffset: 8 },
        { Type: 'DATE', Text: 'Monday', Score: 0.9, BeginOffset: 15, EndOffset: 21 },
        {},
      ],
    });
    const extractor = new ComprehendEntityExtractor({ client: new ComprehendClient({}) });

    // Act
    const entities = await extractor.detectEntities({ text: 'Jane Doe paid Monday' });

    // Assess
    expect(entities).toEqual([
      { type: 'PERSON', text: 'Jane Doe', score: 0.99, beginOffset: 0, endOffset: 8 },
      { type: 'DATE', text: 'Monday', score: 0.9, beginOffset: 15, endOffset: 21 },
      { type: 'OTHER', text: '', score: 0, beginOffset: 0, endOffset: 0 },
    ]);
    expect(comprehend).toHaveReceivedCommandWith(DetectEntitiesCommand, {
      Text: 'Jane Doe paid Monday',
      LanguageCode: 'en',
    });
  });

  it('passes the language code', async () => {
    // Prepare
    comprehend.on(DetectEntitiesCommand).resolves({ Entities: [] });
    const extractor = new ComprehendEntityExtractor();

    // Act
    await extractor.detectEntities({ text: '請求書', languageCode: 'ja' });

    // Assess
    expect(comprehend).toHaveReceivedCommandWith(DetectEntitiesCommand, { LanguageCode: 'ja' });
  });

  it('rejects text over 100 KB of UTF-8 and accepts it once truncated', async () => {
    // Prepare: 'é' is two bytes, so the text is over the limit in bytes but not in characters.
    comprehend.on(DetectEntitiesCommand).resolves({ Entities: [] });
    const text = 'é'.repeat(MAX_ENTITY_TEXT_BYTES / 2 + 1);
    const extractor = new ComprehendEntityExtractor();

    // Act
    const outcome = extractor.detectEntities({ text });
    await expect(outcome).rejects.toThrow(ValidationError);
    await expect(outcome).rejects.toThrow(/100002 bytes of UTF-8; entity detection accepts at most 100000/);
    const shortened = truncateUtf8(text, MAX_ENTITY_TEXT_BYTES);
    await extractor.detectEntities({ text: shortened.text });

    // Assess
    expect(shortened.truncated).toBe(true);
    expect(comprehend.calls()).toHaveLength(1);
  });

  it.each([
    [{ text: '  \n' }, /non-blank text/],
    [{ text: 'hello', languageCode: 'xx' }, /Language "xx" is not supported/],
  ])('rejects %p with a ValidationError before calling Comprehend', async (request, reason) => {
    // Prepare
    const extractor = new ComprehendEntityExtractor();

    // Act
    const outcome = extractor.detectEntities(request);

    // Assess
    await expect(outcome).rejects.toThrow(reason);
    expect(comprehend.calls()).toHaveLength(0);
  });

  it('turns throttling into a ThrottlingError and other failures into an AiServiceError', async () => {
    // Prepare
    comprehend
      .on(DetectEntitiesCommand)
      .rejectsOnce(Object.assign(new Error('slow'), { name: 'ThrottlingException' }))
      .rejectsOnce(Object.assign(new Error('boom'), { name: 'InternalServerException' }));
    const extractor = new ComprehendEntityExtractor();

    // Act
    const first = extractor.detectEntities({ text: 'a' });
    await expect(first).rejects.toThrow(ThrottlingError);
    const second = extractor.detectEntities({ text: 'a' });

    // Assess
    await expect(second).rejects.toThrow(AiServiceError);
  });

  describe('detectPii', () => {
    const text = 'Jane Doe, card 4111 1111 1111 1111, mail jane@example.com';

    it('merges DetectPiiEntities with the recogniser, one entity per span', async () => {
      // Prepare: Comprehend finds the name and the e-mail (a better score) but misses the card number.
      comprehend.on(DetectPiiEntitiesCommand).resolves({
        Entities: [
          { Type: 'NAME', Score: 0.98, BeginOffset: 0, EndOffset: 8 },
          { Type: 'EMAIL', Score: 0.999, BeginOffset: 41, EndOffset: 57 },
          { Type: 'ADDRESS', Score: 0.5, BeginOffset: 50, EndOffset: 999 },
          { Score: 0.5, BeginOffset: 1, EndOffset: 2 },
        ],
      });
      const extractor = new ComprehendEntityExtractor();

      // Act
      const pii = await extractor.detectPii({ text });

      // Assess
      expect(pii).toEqual([
        { type: 'NAME', score: 0.98, beginOffset: 0, endOffset: 8 },
        { type: 'CREDIT_DEBIT_NUMBER', score: 0.99, beginOffset: 15, endOffset: 34 },
        { type: 'EMAIL', score: 0.999, beginOffset: 41, endOffset: 57 },
      ]);
      expect(comprehend).toHaveReceivedCommandWith(DetectPiiEntitiesCommand, { Text: text, LanguageCode: 'en' });
    });

    it('turns code-point offsets into UTF-16 offsets', async () => {
      // Prepare: Comprehend counts the emoji as one character.
      const emoji = '😀 Jane Doe 555-123-4567';
      comprehend
        .on(DetectPiiEntitiesCommand)
        .resolves({ Entities: [{ Type: 'NAME', Score: 0.9, BeginOffset: 2, EndOffset: 10 }] });
      comprehend.on(DetectEntitiesCommand).resolves({
        Entities: [{ Type: 'PERSON', Text: 'Jane Doe', Score: 0.9, BeginOffset: 2, EndOffset: 10 }],
      });
      const extractor = new ComprehendEntityExtractor();

      // Act
      const pii = await extractor.detectPii({ text: emoji });
      const entities = await extractor.detectEntities({ text: emoji });

      // Assess
      expect(pii.map((entity) => emoji.slice(entity.beginOffset, entity.endOffset))).toEqual([
        'Jane Doe',
        '555-123-4567',
      ]);
      expect(emoji.slice(entities[0]?.beginOffset, entities[0]?.endOffset)).toBe('Jane Doe');
    });

    it('uses the recogniser alone for a language DetectPiiEntities does not read', async () => {
      // Prepare
      const extractor = new ComprehendEntityExtractor();

      // Act
      const pii = await extractor.detectPii({ text: 'マイナンバー 123456789018', languageCode: 'ja' });

      // Assess
      expect(pii).toEqual([{ type: 'JP_MY_NUMBER', score: 0.97, beginOffset: 7, endOffset: 19 }]);
      expect(comprehend.calls()).toHaveLength(0);
    });

    it('turns throttling into a ThrottlingError', async () => {
      // Prepare
      comprehend
        .on(DetectPiiEntitiesCommand)
        .rejects(Object.assign(new Error('slow'), { name: 'TooManyRequestsException' }));
      const extractor = new ComprehendEntityExtractor();

      // Act
      const outcome = extractor.detectPii({ text });

      // Assess
      await expect(outcome).rejects.toThrow(ThrottlingError);
      await expect(outcome).rejects.toThrow(/Comprehend DetectPiiEntities failed/);
    });
  });
});
