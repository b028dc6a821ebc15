import path from 'node:path';
import { runPattern } from '@fsxn-s3ap/tools/local';
import { runOutcome, SUCCEEDED } from '@fsxn-s3ap/tools/testing';

const PATTERN_DIR = path.resolve(__dirname, '../..');

describe('make run (local runtime: simulated ONTAP, FPolicy server, SQS emulator, bridge, local bus)', () => {
  it('delivers every demo file operation to the bus', async () => {
    // Act: the demo driver throws unless every operation of events/ontap-operations.json reached the bus.
    const run = await runPattern(PATTERN_DIR, { quiet: true });

    // Assess
    expect(runOutcome(run)).toEqual(SUCCEEDED);
  }, 120_000);
});
