/** AnalyzeLog: reads each log of one Map item within the read cap, classifies it and scans it for failovers. */
import { expandWorkItem } from '@fsxn-s3ap/shared/discovery';
import { recordFilesProcessed, withObservability } from '@fsxn-s3ap/shared/observability';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import type { MonitoringConfig } from '../../config';
import { getConfig, getInput, getOutput } from '../../deps';
import { analyzeFile, type FileAnalysis } from '../../domain/analyze-file';
import { parseAnalyzeEvent } from '../../domain/events';
import type { LogReader } from '../../domain/read-log';

export interface AnalyzeDeps {
  config: () => MonitoringConfig;
  input: () => LogReader;
  output: () => OutputWriter;
}

export const createHandler =
  (deps: AnalyzeDeps) =>
  async (event: unknown): Promise<FileAnalysis[]> => {
    const { item } = parseAnalyzeEvent(event);
    const config = deps.config();
    const objects = await expandWorkItem(item, deps.output());
    const analyses: FileAnalysis[] = [];
    for (const object of objects) {
      analyses.push(
        await analyzeFile(object, deps.input(), { prefix: config.inputPrefix, capBytes: config.readCapBytes }),
      );
    }
    recordFilesProcessed(
      analyses.length,
      analyses.reduce((sum, file) => sum + file.read.bytesRead, 0),
    );
    return analyses;
  };

export const handler = withObservability(createHandler({ config: getConfig, input: getInput, output: getOutput }));
