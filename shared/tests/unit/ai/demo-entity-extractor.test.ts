import fc from 'fast-check';
import { DemoEntityExtractor } from '../../../src/ai';
import { ValidationError } from '../../../src/errors';

const extractor = new DemoEntityExtractor();

describe('DemoEntityExtractor', () => {
  it('finds dates, amounts, e-mail addresses, organisations and people with exact offsets', async () => {
    // Prepare
    const text =
      'Dear Customer, Name: Jane Smith of Acme Widgets Inc approved $1,250.50 on 2024-03-05. ' +
      'Contact billing@acme.example by March 31, 2024 or 5 April 2024. Shipped 12 kg to Tanaka Shoji KK on 2024年4月1日.';

    // Act
    const entities = await extractor.detectEntities({ text });

    // Assess
    const found = entities.map(({ type, text: value }) => [type, value]);
    expect(found).toEqual([
      ['PERSON', 'Jane Smith'],
      ['ORGANIZATION', 'Acme Widgets Inc'],
      ['QUANTITY', '$1,250.50'],
      ['DATE', '2024-03-05'],
      ['OTHER', 'billing@acme.example'],
      ['DATE', 'March 31, 2024'],
      ['DATE', '5 April 2024'],
      ['QUANTITY', '12 kg'],
      ['ORGANIZATION', 'Tanaka Shoji KK'],
      ['DATE', '2024年4月1日'],
    ]);
    for (const entity of entities) {
      expect(text.slice(entity.beginOffset, entity.endOffset)).toBe(entity.text);
      expect(entity.score).toBeGreaterThanOrEqual(0.9);
      expect(entity.score).toBeLessThanOrEqual(0.99);
    }
  });

  it.each([
    ['Total 15% off', ['15%']],
    ['Pay 3,000円 or 25 USD', ['3,000円', '25 USD']],
    ['Order 10 units', ['10 units']],
  ])('reads the quantities in "%s"', async (text, expected) => {
    // Prepare, Act
    const entities = await extractor.detectEntities({ text });

    // Assess
    expect(entities.filter((entity) => entity.type === 'QUANTITY').map((entity) => entity.text)).toEqual(expected);
  });

  it('reports labelled addresses as LOCATION and identifiers as OTHER', async () => {
    // Prepare
    const text = 'Address: 1 Main St, Springfield\nCard 4111 1111 1111 1111';

    // Act
    const entities = await extractor.detectEntities({ text });

    // Assess
    expect(entities.map(({ type, text: value }) => [type, value])).toEqual([
      ['LOCATION', '1 Main St, Springfield'],
      ['OTHER', '4111 1111 1111 1111'],
    ]);
  });

  it('reports personal data with Comprehend PII types and no values', async () => {
    // Prepare
    const text = 'Passenger: Jane Smith, card 4111-1111-1111-1111, My Number 123456789018, total $5.';

    // Act
    const pii = await extractor.detectPii({ text });

    // Assess
    expect(pii).toEqual([
      { type: 'NAME', score: 0.85, beginOffset: 11, endOffset: 21 },
      { type: 'CREDIT_DEBIT_NUMBER', score: 0.99, beginOffset: 28, endOffset: 47 },
      { type: 'JP_MY_NUMBER', score: 0.97, beginOffset: 59, endOffset: 71 },
    ]);
    await expect(extractor.detectPii({ text: ' ' })).rejects.toThrow(ValidationError);
  });

  it('does not take unlabelled capitalised words, document words or month names for people', async () => {
    // Prepare, Act
    const entities = await extractor.detectEntities({ text: 'Thank You. Jane Smith. Invoice Total due. March April.' });

    // Assess
    expect(entities.filter((entity) => entity.type === 'PERSON')).toEqual([]);
  });

  it('returns sorted, non-overlapping entities whose offsets match the text', () =>
    fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.constantFrom('Name: Jane Smith', 'Acme Corp', '$5', '2024-01-02', 'a@b.io', 'word', '7 kg', ' ', '. '),
          {
            minLength: 1,
          },
        ),
        async (parts) => {
          // Prepare
          const text = `x ${parts.join(' ')}`;

          // Act
          const entities = await extractor.detectEntities({ text });

          // Assess
          let previousEnd = 0;
          for (const entity of entities) {
            expect(entity.beginOffset).toBeGreaterThanOrEqual(previousEnd);
            expect(text.slice(entity.beginOffset, entity.endOffset)).toBe(entity.text);
            previousEnd = entity.endOffset;
          }
        },
      ),
    ));

  it('rejects blank text with a ValidationError', async () => {
    // Prepare, Act
    const outcome = extractor.detectEntities({ text: '' });

    // Assess
    await expect(outcome).rejects.toThrow(ValidationError);
  });
});
