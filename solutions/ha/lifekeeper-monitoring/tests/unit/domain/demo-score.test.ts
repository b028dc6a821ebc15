import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DemoTextGenerator } from '@fsxn-s3ap/shared/ai';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import { analyzeFile } from '../../../src/domain/analyze-file';
import type { LogReader } from '../../../src/domain/read-log';
import { writeAnalysis } from '../../../src/domain/write-analysis';

const DEMO = path.resolve(__dirname, '../../../demo-data');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? listFiles(file) : [file];
  });
}

const reader: LogReader = {
  getBytes: async (key) => new Uint8Array(readFileSync(path.join(DEMO, key))),
  getRange: async (key, start, end) => new Uint8Array(readFileSync(path.join(DEMO, key))).slice(start, end + 1),
};

describe('demo data', () => {
  it('scores 15/100 CRITICAL: two failover logs (-60, capped), one comm log (-15), one recovery-kit log (-10)', async () => {
    // Prepare
    const files = await Promise.all(
      listFiles(DEMO).map((file) => {
        const key = path.relative(DEMO, file).split(path.sep).join('/');
        return analyzeFile({ key, size: statSync(file).size }, reader, {
          prefix: 'lifekeeper/logs/',
          capBytes: 102_400,
        });
      }),
    );
    const written = new Map<string, unknown>();
    const output = {
      putJson: async (key: string, value: unknown) => {
        written.set(key, value);
        return key;
      },
      putText: async (key: string, value: string) => {
        written.set(key, value);
        return key;
      },
    } as unknown as OutputWriter;
    const publish = jest.fn().mockResolvedValue(undefined);

    // Act
    const outcome = await writeAnalysis(
      { executionId: 'e1', files },
      {
        cluster: 'demo',
        prefix: 'lifekeeper/logs/',
        alertSeverity: 'CRITICAL',
        output,
        generator: new DemoTextGenerator(),
        notifier: { publish },
        now: new Date('2026-06-21T02:30:00Z'),
      },
    );

    // Assess
    expect(files).toHaveLength(6);
    expect(outcome).toEqual({
      cluster: 'demo',
      score: 15,
      level: 'CRITICAL',
      analysisKey: 'ha-monitoring/demo/20260621T023000Z/analysis.json',
      reportKey: 'ha-monitoring/demo/20260621T023000Z/health-report.md',
      alerted: true,
    });
    expect([...written.keys()]).toEqual([outcome.analysisKey, outcome.reportKey]);
    expect(publish).toHaveBeenCalledWith(
      '[CRITICAL] LifeKeeper Cluster Alert: demo (Score: 15/100)',
      expect.any(String),
    );
    const transitions = files.flatMap((file) => file.scan.transitions.map((t) => t.transition));
    expect(transitions).toEqual(expect.arrayContaining(['ISP->OSF', 'ISS->ISP']));
  });
});
