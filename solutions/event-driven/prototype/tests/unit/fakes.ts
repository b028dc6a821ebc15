// In-memory kit dependencies, image ports and event builders for the prototype's unit tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DemoImageLabeler, DemoTextGenerator } from '@fsxn-s3ap/shared/ai';
import { DEFAULT_QUALITY_RULES, type ImageSettings } from '@fsxn-s3ap/shared/image-catalog';
import { createMemoryAccessPoint, createMemoryOutputWriter, kitSettings } from '@fsxn-s3ap/shared/testing';
import type { ImageStagePorts } from '../../src/domain/image-stage';

export const BUCKET = 'uploads';
export const NOW = new Date('2025-03-04T05:06:08.250Z');
export const EVENT_TIME = '2025-03-04T05:06:07.000Z';
export const SUFFIXES = ['.jpg', '.jpeg', '.png', '.webp'];
export const IMAGE_SETTINGS: ImageSettings = { minConfidence: 70, maxLabels: 20, quality: DEFAULT_QUALITY_RULES };
const DEMO = path.resolve(__dirname, '../../demo-data');

/** The bytes of a demo-data file. */
export function demoFile(key: string): Buffer {
  return readFileSync(path.join(DEMO, key));
}

/** A bucket holding `files`; every object has ETag `"e<length>"` and the event time as last change. */
export function memoryBucket(files: Record<string, Uint8Array>) {
  const bucket = createMemoryAccessPoint(files, {
    bucket: BUCKET,
    etagOf: (_key, bytes) => `"e${bytes.length}"`,
    lastModified: EVENT_TIME,
  });
  return Object.assign(bucket, { etagOf: (key: string) => `e${files[key]?.length ?? 0}` });
}

/** Kit dependencies over a memory bucket (prefix `products/`, image suffixes), the image ports and settings. */
export function imageKit(files: Record<string, Uint8Array>, clock: () => Date = () => NOW) {
  const input = memoryBucket(files);
  const output = createMemoryOutputWriter();
  const ports: ImageStagePorts = { labeler: new DemoImageLabeler(), textGenerator: new DemoTextGenerator(), clock };
  const kit = { inputPrefix: 'products/', suffixes: SUFFIXES, inputAccessPoint: BUCKET };
  return {
    deps: { kit: kitSettings(kit), input, output, notifier: undefined, clock, settings: IMAGE_SETTINGS, ports },
    input,
    output,
  };
}

/** An EventBridge S3 Object Created event for `key`. */
export function objectCreated(key: string, object: Record<string, unknown> = {}, reason = 'PutObject') {
  return {
    version: '0',
    id: 'evt-1',
    'detail-type': 'Object Created',
    source: 'aws.s3',
    account: '123456789012',
    time: EVENT_TIME,
    region: 'ap-northeast-1',
    resources: [`arn:aws:s3:::${BUCKET}`],
    detail: { version: '0', bucket: { name: BUCKET }, object: { key, ...object }, reason },
  };
}
