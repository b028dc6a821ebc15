import {
  AccessDeniedError,
  AiServiceError,
  AllItemsFailedError,
  ConfigError,
  EmptyObjectError,
  ErrorName,
  errorMessage,
  FsxnError,
  InvalidImageError,
  isFsxnError,
  namedError,
  ObjectNotFoundError,
  ObjectTooLargeError,
  OcrEndpointError,
  OcrJobFailedError,
  OcrPendingError,
  PayloadTooLargeError,
  PdfEncryptedError,
  PdfFormatError,
  ThrottlingError,
  ValidationError,
} from '../../../src/errors';

const CLASSES = [
  FsxnError,
  ConfigError,
  ValidationError,
  AccessDeniedError,
  ObjectNotFoundError,
  ObjectTooLargeError,
  EmptyObjectError,
  PayloadTooLargeError,
  ThrottlingError,
  AiServiceError,
  InvalidImageError,
  AllItemsFailedError,
  PdfEncryptedError,
  OcrJobFailedError,
  OcrEndpointError,
];

/** Errors whose constructors carry more than a message. */
const WITH_DETAILS = [new PdfFormatError('bad xref', 12), new OcrPendingError('still running', 'job-1')];

describe('named errors', () => {
  it.each(CLASSES.map((ErrorClass) => [ErrorClass.name, ErrorClass] as const))(
    '%s carries its class name as the name ASL matches',
    (className, ErrorClass) => {
      // Prepare, Act
      const error = new ErrorClass('message');

      // Assess
      expect(error.name).toBe(className);
      expect(Object.values(ErrorName)).toContain(error.name);
      expect(error).toBeInstanceOf(FsxnError);
      expect(error).toBeInstanceOf(Error);
    },
  );

  it('lists exactly one class per name in ErrorName', () => {
    // Prepare, Act
    const names = [
      ...CLASSES.map((ErrorClass) => new ErrorClass('m').name),
      ...WITH_DETAILS.map((error) => error.name),
    ].sort();

    // Assess
    expect(names).toEqual(Object.values(ErrorName).sort());
  });

  it('keeps the details of PdfFormatError (offset) and OcrPendingError (job id)', () => {
    // Prepare, Act
    const [format, pending] = WITH_DETAILS;

    // Assess
    expect(format).toMatchObject({ name: 'PdfFormatError', offset: 12, message: 'Malformed PDF at byte 12: bad xref' });
    expect(pending).toMatchObject({ name: 'OcrPendingError', jobId: 'job-1' });
    expect(format).toBeInstanceOf(FsxnError);
  });

  it('keeps the cause', () => {
    // Prepare
    const cause = new Error('root');

    // Act
    const error = new AiServiceError('wrapped', { cause });

    // Assess
    expect(error.cause).toBe(cause);
    expect(error.message).toBe('wrapped');
  });
});

describe('isFsxnError', () => {
  it('accepts our errors and rejects others', () => {
    // Prepare, Act
    const results = [isFsxnError(new InvalidImageError('x')), isFsxnError(new Error('x')), isFsxnError('x')];

    // Assess
    expect(results).toEqual([true, false, false]);
  });
});

describe('errorMessage', () => {
  it.each([
    [new Error('from error'), 'from error'],
    ['plain text', 'plain text'],
    [{ code: 42 }, '{"code":42}'],
  ])('describes %p as %p', (value, expected) => {
    // Prepare, Act
    const message = errorMessage(value);

    // Assess
    expect(message).toBe(expected);
  });
});

describe('namedError', () => {
  it('makes a class whose instances carry the name ASL matches and keep their cause', () => {
    // Prepare
    const TagsNotFoundError = namedError('TagsNotFoundError');
    const cause = new Error('root');

    // Act
    const error = new TagsNotFoundError('no tags', { cause });

    // Assess
    expect(error).toBeInstanceOf(TagsNotFoundError);
    expect(error).toBeInstanceOf(FsxnError);
    expect(error.name).toBe('TagsNotFoundError');
    expect(TagsNotFoundError.name).toBe('TagsNotFoundError');
    expect(error.cause).toBe(cause);
    expect(new (namedError('OtherError'))('x')).not.toBeInstanceOf(TagsNotFoundError);
  });
});
