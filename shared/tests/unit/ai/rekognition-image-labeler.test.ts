import { DetectLabelsCommand, RekognitionClient } from '@aws-sdk/client-rekognition';
import { mockClient } from 'aws-sdk-client-mock';
import { MAX_LABEL_IMAGE_BYTES, RekognitionImageLabeler } from '../../../src/ai';
import { AiServiceError, InvalidImageError, ThrottlingError, ValidationError } from '../../../src/errors';
import { pngBytes } from './image-bytes';

const rekognition = mockClient(RekognitionClient);

describe('RekognitionImageLabeler', () => {
  beforeEach(() => {
    rekognition.reset();
  });

  it('sends the bytes inline with the defaults and maps the labels', async () => {
    // Prepare
    rekognition.on(DetectLabelsCommand).resolves({
      Labels: [
        { Name: 'Car', Confidence: 98.5, Parents: [{ Name: 'Vehicle' }, { Name: 'Transportation' }, {}] },
        { Name: 'Road', Confidence: 80 },
        { Confidence: 75 },
      ],
    });
    const bytes = pngBytes(10, 10);
    const labeler = new RekognitionImageLabeler({ client: new RekognitionClient({}) });

    // Act
    const labels = await labeler.detectLabels({ bytes });

    // Assess
    expect(labels).toEqual([
      { name: 'Car', confidence: 98.5, parents: ['Vehicle', 'Transportation'] },
      { name: 'Road', confidence: 80, parents: [] },
    ]);
    expect(rekognition).toHaveReceivedCommandWith(DetectLabelsCommand, {
      Image: { Bytes: bytes },
      MinConfidence: 70,
      MaxLabels: 20,
    });
  });

  it('counts the located instances of a label, and leaves the count out when there are none', async () => {
    // Prepare
    rekognition.on(DetectLabelsCommand).resolves({
      Labels: [
        { Name: 'Box', Confidence: 91, Instances: [{ Confidence: 90 }, { Confidence: 88 }, { Confidence: 85 }] },
        { Name: 'Warehouse', Confidence: 95, Instances: [] },
      ],
    });
    const labeler = new RekognitionImageLabeler({ client: new RekognitionClient({}) });

    // Act
    const labels = await labeler.detectLabels({ bytes: pngBytes(10, 10) });

    // Assess
    expect(labels).toEqual([
      { name: 'Box', confidence: 91, parents: [], instances: 3 },
      { name: 'Warehouse', confidence: 95, parents: [] },
    ]);
  });

  it('passes the caller filters', async () => {
    // Prepare
    rekognition.on(DetectLabelsCommand).resolves({});
    const labeler = new RekognitionImageLabeler();

    // Act
    const labels = await labeler.detectLabels({ bytes: pngBytes(1, 1), minConfidence: 90, maxLabels: 3 });

    // Assess
    expect(labels).toEqual([]);
    expect(rekognition).toHaveReceivedCommandWith(DetectLabelsCommand, { MinConfidence: 90, MaxLabels: 3 });
  });

  it.each([
    ['empty bytes', { bytes: new Uint8Array(0) }, /empty/],
    ['bytes over 5 MB', { bytes: new Uint8Array(MAX_LABEL_IMAGE_BYTES + 1) }, /at most 5 MB/],
    ['a confidence over 100', { bytes: pngBytes(1, 1), minConfidence: 101 }, /minConfidence/],
    ['a fractional label count', { bytes: pngBytes(1, 1), maxLabels: 2.5 }, /maxLabels/],
  ])('rejects %s with a ValidationError before calling Rekognition', async (_name, request, reason) => {
    // Prepare
    const labeler = new RekognitionImageLabeler();

    // Act
    const outcome = labeler.detectLabels(request);

    // Assess
    await expect(outcome).rejects.toThrow(ValidationError);
    await expect(outcome).rejects.toThrow(reason);
    expect(rekognition.calls()).toHaveLength(0);
  });

  it('turns InvalidImageFormatException into an InvalidImageError', async () => {
    // Prepare
    const cause = Object.assign(new Error('Request has invalid image format'), { name: 'InvalidImageFormatException' });
    rekognition.on(DetectLabelsCommand).rejects(cause);
    const labeler = new RekognitionImageLabeler();

    // Act
    const outcome = labeler.detectLabels({ bytes: pngBytes(1, 1) });

    // Assess
    await expect(outcome).rejects.toThrow(InvalidImageError);
    await expect(outcome).rejects.toMatchObject({ cause });
  });

  it('turns throttling into a ThrottlingError and other failures into an AiServiceError', async () => {
    // Prepare
    rekognition
      .on(DetectLabelsCommand)
      .rejectsOnce(Object.assign(new Error('slow down'), { name: 'ProvisionedThroughputExceededException' }))
      .rejectsOnce(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    const labeler = new RekognitionImageLabeler();

    // Act
    const first = labeler.detectLabels({ bytes: pngBytes(1, 1) });
    await expect(first).rejects.toThrow(ThrottlingError);
    const second = labeler.detectLabels({ bytes: pngBytes(1, 1) });

    // Assess
    await expect(second).rejects.toThrow(AiServiceError);
    await expect(second).rejects.toThrow(/Rekognition DetectLabels failed: AccessDeniedException: denied/);
  });
});
