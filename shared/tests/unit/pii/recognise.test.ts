import { ValidationError } from '../../../src/errors';
import { recognise, recognisePii, SpanType } from '../../../src/pii';

function found(text: string): [string, string][] {
  return recognise(text).map((span) => [span.type, span.text]);
}

describe('recognise', () => {
  it('finds each kind of value in a document with exact offsets', () => {
    // Prepare
    const text = [
      'Dear Ms. Tanaka,',
      'Passenger: SMITH/JOHN MR',
      'Passport No.: TK1234567',
      'Address: 1-2-3 Shibuya, Tokyo 150-0002',
      'Card 4111 1111 1111 1111 exp 12/26; mail jane.doe@example.co.jp; call +81 3-1234-5678.',
      'SSN 123-45-6789, My Number 1234 5678 9018, IBAN DE89 3704 0044 0532 0130 00.',
      'Paid $1,250.50 on 12 March 2026 to Tanaka Shoji K.K. for 12 kg.',
    ].join('\n');

    // Act
    const spans = recognise(text);

    // Assess
    expect(spans.map((span) => [span.type, span.text])).toEqual([
      ['NAME', 'Tanaka'],
      ['NAME', 'SMITH/JOHN MR'],
      ['PASSPORT_NUMBER', 'TK1234567'],
      ['ADDRESS', '1-2-3 Shibuya, Tokyo 150-0002'],
      ['CREDIT_DEBIT_NUMBER', '4111 1111 1111 1111'],
      ['EMAIL', 'jane.doe@example.co.jp'],
      ['PHONE', '+81 3-1234-5678'],
      ['SSN', '123-45-6789'],
      ['JP_MY_NUMBER', '1234 5678 9018'],
      ['INTERNATIONAL_BANK_ACCOUNT_NUMBER', 'DE89 3704 0044 0532 0130 00'],
      ['AMOUNT', '$1,250.50'],
      ['DATE_TIME', '12 March 2026'],
      ['ORGANIZATION', 'Tanaka Shoji K.K.'],
      ['QUANTITY', '12 kg'],
    ]);
    for (const span of spans) expect(text.slice(span.beginOffset, span.endOffset)).toBe(span.text);
  });

  it.each([
    ['4111-1111-1111-1111', 'CREDIT_DEBIT_NUMBER'],
    ['378282246310005', 'CREDIT_DEBIT_NUMBER'],
    ['3782 822463 10005', 'CREDIT_DEBIT_NUMBER'],
    ['(555) 123-4567', 'PHONE'],
    ['555-123-4567', 'PHONE'],
    ['+1 (555) 123-4567', 'PHONE'],
    ['+44 20 7946 0958', 'PHONE'],
    ['03-1234-5678', 'PHONE'],
    ['090 1234 5678', 'PHONE'],
    ['123 45 6789', 'SSN'],
    ['123456789018', 'JP_MY_NUMBER'],
    ['GB82WEST12345698765432', 'INTERNATIONAL_BANK_ACCOUNT_NUMBER'],
    ['2026-03-12', 'DATE_TIME'],
    ['2026-03-12T10:30:00+09:00', 'DATE_TIME'],
    ['12/03/2026', 'DATE_TIME'],
    ['03/25/2026', 'DATE_TIME'],
    ['25.03.2026', 'DATE_TIME'],
    ['12th March 2026', 'DATE_TIME'],
    ['Mar. 12, 2026', 'DATE_TIME'],
    ['2026年3月12日', 'DATE_TIME'],
    ['EUR 3.000,00', 'AMOUNT'],
    ['US$ 99', 'AMOUNT'],
    ['3,000円', 'AMOUNT'],
    ['25 USD', 'AMOUNT'],
    ['1,234.5 dollars', 'AMOUNT'],
    ['12 €', 'AMOUNT'],
    ['15%', 'QUANTITY'],
    ['40 pallets', 'QUANTITY'],
    ['Acme Widgets LLC', 'ORGANIZATION'],
    ['Müller & Söhne GmbH', 'ORGANIZATION'],
    ['Globex Corporation', 'ORGANIZATION'],
  ])('reads "%s" as %s', (value, type) => {
    // Prepare
    const text = `see ${value} here`;

    // Act
    const spans = recognise(text);

    // Assess
    expect(spans).toEqual([expect.objectContaining({ type, text: value, beginOffset: 4 })]);
  });

  it.each([
    ['a Luhn-invalid card', 'card 4111 1111 1111 1112'],
    ['a forbidden SSN area', 'ssn 666-12-3456 or 900-12-3456'],
    ['an SSN with group 00', 'ssn 123-00-4567'],
    ['a bad My Number check digit', 'number 1234 5678 9012'],
    ['a bad IBAN checksum', 'iban GB82WEST12345698765433'],
    ['an unlabelled passport-like id', 'ref TK1234567'],
    ['an impossible date', '2026-13-45 and 32/13/2026'],
    ['a bare number', 'page 12 of 300, version 2.5'],
    ['digits inside a word', 'id A4111111111111111B'],
    ['an e-mail without a domain dot', 'user@localhost'],
    ['a generic salutation', 'Dear Sir or Madam, Dear customer,'],
    ['a word before a colon that is not a label', 'Subject: Jane Smith'],
    ['an IP address', 'host 192.168.100.200'],
  ])('finds nothing in %s', (_, text) => {
    // Prepare, Act, Assess
    expect(found(text)).toEqual([]);
  });

  it('takes a name only after a label, stopping before the next label or a comma', () => {
    // Prepare
    const text =
      'Employee Name: Jane Smith, age 42\n氏名：山田 太郎\nContact: jane@example.com\nCandidate: Li Wei Title: CTO\n' +
      'Name: Ludwig van Beethoven of Bonn';

    // Act
    const spans = found(text);

    // Assess
    expect(spans).toEqual([
      ['NAME', 'Jane Smith'],
      ['NAME', '山田 太郎'],
      ['EMAIL', 'jane@example.com'],
      ['NAME', 'Li Wei'],
      ['NAME', 'Ludwig van Beethoven'],
    ]);
  });

  it('takes the longest label, and not a file, product or e-mail label for a name or an address', () => {
    // Prepare
    const text =
      'Company Name: Example Trading\nFile Name: Jane Report\nEmail Address: none given\nLast Name: Smith\n' +
      'Product name: Widget Pro\nNAME: Li Wei';

    // Act, Assess
    expect(found(text)).toEqual([
      ['ORGANIZATION', 'Example Trading'],
      ['NAME', 'Smith'],
      ['NAME', 'Li Wei'],
    ]);
  });

  it('reads logistics and Japanese labels, leaving the honorific out of a name', () => {
    // Prepare
    const text =
      'Consignee: ACME Trading, Hamburg\nBill To: 500 Oak Ave, Springfield\n旅客: ヤマダ タロウ 様\nお名前：佐藤様';

    // Act, Assess
    expect(found(text)).toEqual([
      ['ORGANIZATION', 'ACME Trading'],
      ['ADDRESS', '500 Oak Ave, Springfield'],
      ['NAME', 'ヤマダ タロウ'],
      ['NAME', '佐藤'],
    ]);
  });

  it('reads labelled companies and addresses to the end of the clause', () => {
    // Prepare
    const text =
      'Employer: Example Holdings, Tokyo\nShipping Address: 1 Main St, Springfield; ref 9\nSSN: 123456789, 666456789';

    // Act, Assess
    expect(found(text)).toEqual([
      ['ORGANIZATION', 'Example Holdings'],
      ['ADDRESS', '1 Main St, Springfield'],
      ['SSN', '123456789'],
    ]);
  });

  it('finds a card written after a year in the same digit run', () => {
    // Prepare, Act, Assess
    expect(found('x 4111 1111 1111 1111 2026')).toEqual([['CREDIT_DEBIT_NUMBER', '4111 1111 1111 1111']]);
  });

  it('restricts the types on request, and recognisePii keeps personal data only', () => {
    // Prepare
    const text = 'Paid $5 by jane@example.com on 2026-01-02 to Acme Inc';

    // Act
    const onlyMail = recognise(text, { types: [SpanType.Email] });
    const pii = recognisePii(text);

    // Assess
    expect(onlyMail.map((span) => span.type)).toEqual(['EMAIL']);
    expect(pii.map((span) => span.type)).toEqual(['EMAIL', 'DATE_TIME']);
  });

  it('rejects text over its size limit with a ValidationError', () => {
    // Prepare
    const text = 'a'.repeat(10_000_001);

    // Act, Assess
    expect(() => recognise(text)).toThrow(ValidationError);
  });
});
