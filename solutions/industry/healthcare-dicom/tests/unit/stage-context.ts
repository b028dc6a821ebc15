/** A stage context over the demo files with a memory output that keeps streamed bodies as bytes. */
import { DEFAULT_THRESHOLDS } from '@fsxn-s3ap/shared/human-review';
import { createMemoryAccessPoint, createMemoryOutputWriter } from '@fsxn-s3ap/shared/testing';
import type { ProcessorContext } from '@fsxn-s3ap/shared/workflow';
import { demoFiles } from '../../scripts/generate-demo-data';
import { type DicomPorts, type DicomSettings, dicomPorts } from '../../src/settings';

export const files = demoFiles();

const settings: DicomSettings = {
  uidSalt: 'stage-test-salt-0001',
  anonymizedPrefix: 'anonymized/',
  maxHeaderBytes: 1 << 20,
  logPhiData: false,
  thresholds: { ...DEFAULT_THRESHOLDS },
};

function binaryOutput() {
  const output = createMemoryOutputWriter({ prefix: '' });
  const streams = new Map<string, Buffer>();
  output.putStream = async (key, body) => {
    const parts: Buffer[] = [];
    for await (const part of body) parts.push(Buffer.from(part));
    streams.set(key, Buffer.concat(parts));
    return key;
  };
  return { output, streams };
}

/** The context, its output (JSON objects and streamed bodies) and its input (extra files can be added to it). */
export function stageContext(
  ports: DicomPorts = dicomPorts({ DEMO_MODE: 'true' }),
  overrides: Partial<DicomSettings> = {},
) {
  const input = createMemoryAccessPoint({ ...files });
  const { output, streams } = binaryOutput();
  const ctx: ProcessorContext<DicomSettings, DicomPorts> = {
    executionId: 'exec-1',
    input,
    output,
    now: new Date('2025-01-02T03:04:05Z'),
    settings: { ...settings, ...overrides },
    ports,
  };
  return { ctx, streams, output, input };
}

/** The listing entry of a demo file. */
export const demoObject = (key: string) => ({ key, size: (files[key] as Uint8Array).length });
