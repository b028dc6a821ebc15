import type { ImageLabeler } from '../../../src/ai';
import { AiServiceError, InvalidImageError } from '../../../src/errors';
import { tagImage } from '../../../src/image-catalog';
import { imagePorts, objectOf } from './fakes';
import { makePng } from './images';

describe('tagImage', () => {
  it('writes the labels above the confidence threshold', async () => {
    // Prepare
    const detectLabels = jest.fn(async () => [{ name: 'Shoe', confidence: 91, parents: [] }]);
    const { ports, input, output } = imagePorts({ 'a.png': makePng(10, 10) }, { labeler: { detectLabels } });

    // Act
    const { result, key } = await tagImage(objectOf(input, 'a.png'), ports);

    // Assess
    expect(detectLabels).toHaveBeenCalledWith(expect.objectContaining({ minConfidence: 70, maxLabels: 20 }));
    expect(result).toMatchObject({ status: 'tagged', labels: [{ name: 'Shoe', confidence: 91, parents: [] }] });
    expect(output.objects.get(key)).toEqual(result);
    expect(key).toMatch(/^out\/tags\/2025\/03\/04\/a\.png_v.+_tags\.json$/);
  });

  it('records an unreadable image instead of failing', async () => {
    // Prepare
    const labeler: ImageLabeler = {
      detectLabels: async () => {
        throw new InvalidImageError('Rekognition cannot read the image');
      },
    };
    const { ports, input } = imagePorts({ 'a.webp': Buffer.from('xx') }, { labeler });

    // Act
    const { result } = await tagImage(objectOf(input, 'a.webp'), ports);

    // Assess
    expect(result).toMatchObject({ status: 'unreadable', labels: [], reason: 'Rekognition cannot read the image' });
  });

  it('does not send an image over 5 MB or an empty one', async () => {
    // Prepare
    const detectLabels = jest.fn();
    const { ports } = imagePorts({}, { labeler: { detectLabels } });

    // Act
    const big = await tagImage({ key: 'big.png', size: 6 * 1024 * 1024, etag: 'e', lastModified: '' }, ports);
    const empty = await tagImage({ key: 'zero.png', size: 0, etag: 'e', lastModified: '' }, ports);

    // Assess
    expect(detectLabels).not.toHaveBeenCalled();
    expect(big.result.status).toBe('too_large');
    expect(empty.result).toMatchObject({ status: 'unreadable', reason: 'The file is empty (0 bytes)' });
  });

  it('rethrows labeler service failures', async () => {
    // Prepare
    const labeler: ImageLabeler = {
      detectLabels: async () => {
        throw new AiServiceError('Rekognition DetectLabels failed', { cause: new Error('x') });
      },
    };
    const { ports, input } = imagePorts({ 'a.png': makePng(4, 4) }, { labeler });

    // Act & Assess
    await expect(tagImage(objectOf(input, 'a.png'), ports)).rejects.toThrow(AiServiceError);
  });
});
