import fc from 'fast-check';
import { isRoleArn, isValidExternalId, isValidSessionName } from '../../../src/sts';

const ALLOWED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-';
const allowedChar = fc.constantFrom(...ALLOWED.split(''));
const forbiddenChar = fc.string({ minLength: 1, maxLength: 1 }).filter((char) => !ALLOWED.includes(char));

describe('isValidExternalId', () => {
  it('accepts every 10-128 character string of [A-Za-z0-9_.-]', () => {
    // Prepare
    const ids = fc.array(allowedChar, { minLength: 10, maxLength: 128 }).map((chars) => chars.join(''));

    // Act
    const property = fc.property(ids, (id) => isValidExternalId(id));

    // Assess
    fc.assert(property);
  });

  it('rejects a string shorter than 10 or longer than 128 characters', () => {
    // Prepare
    const lengths = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 129, max: 300 }));

    // Act
    const property = fc.property(lengths, (length) => !isValidExternalId('a'.repeat(length)));

    // Assess
    fc.assert(property);
  });

  it('rejects a valid-length string holding any other character', () => {
    // Prepare
    const ids = fc
      .tuple(fc.array(allowedChar, { minLength: 10, maxLength: 100 }), forbiddenChar, fc.nat())
      .map(([chars, bad, at]) => {
        const copy = [...chars];
        copy.splice(at % (copy.length + 1), 0, bad);
        return copy.join('');
      });

    // Act
    const property = fc.property(ids, (id) => !isValidExternalId(id));

    // Assess
    fc.assert(property);
  });
});

describe('isRoleArn', () => {
  it('accepts role ARNs of every partition, with or without a path', () => {
    // Prepare
    const arns = [
      'arn:aws:iam::111122223333:role/storage',
      'arn:aws-cn:iam::111122223333:role/service-role/storage.access',
      'arn:aws-us-gov:iam::111122223333:role/a+b=c,d@e_f-g',
    ];

    // Act
    const results = arns.map(isRoleArn);

    // Assess
    expect(results).toEqual([true, true, true]);
  });

  it.each([
    'arn:aws:iam::111122223333:user/alice',
    'arn:aws:iam::1111:role/storage',
    'arn:aws:sts::111122223333:assumed-role/storage/session',
    'arn:aws:iam::111122223333:role/',
    'storage',
  ])('rejects %s', (value) => {
    // Prepare
    const candidate = value;

    // Act
    const result = isRoleArn(candidate);

    // Assess
    expect(result).toBe(false);
  });
});

describe('isValidSessionName', () => {
  it('accepts STS session names and rejects other characters or lengths', () => {
    // Prepare
    const cases: [string, boolean][] = [
      ['fsxn-s3ap-storage', true],
      ['a=b,c.d@e+f_g', true],
      ['x', false],
      ['x'.repeat(65), false],
      ['with space', false],
    ];

    // Act
    const results = cases.map(([name]) => isValidSessionName(name));

    // Assess
    expect(results).toEqual(cases.map(([, expected]) => expected));
  });
});
