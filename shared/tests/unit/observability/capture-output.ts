// Captures what Powertools prints: logs and EMF metrics go to process.stdout, warnings to process.stderr.

/** Lines written to stdout and stderr while capturing. */
export interface CapturedOutput {
  stdout: string[];
  stderr: string[];
  /** Every stdout and stderr line that parses as JSON (errors are logged to stderr). */
  json(): Record<string, unknown>[];
  /** The EMF documents (stdout lines with an `_aws` key). */
  emf(): EmfDocument[];
  restore(): void;
}

/** The parts of an EMF document the tests look at. */
export interface EmfDocument {
  _aws: {
    CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] }[];
  };
  [key: string]: unknown;
}

function lines(chunk: unknown): string[] {
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
  return text.split('\n').filter((line) => line.trim() !== '');
}

/** Starts capturing stdout and stderr; call `restore()` in `afterEach`. */
export function captureOutput(): CapturedOutput {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    stdout.push(...lines(chunk));
    return true;
  });
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
    stderr.push(...lines(chunk));
    return true;
  });
  const json = (): Record<string, unknown>[] =>
    [...stdout, ...stderr].flatMap((line) => {
      try {
        const parsed: unknown = JSON.parse(line);
        return typeof parsed === 'object' && parsed !== null ? [parsed as Record<string, unknown>] : [];
      } catch {
        return [];
      }
    });
  return {
    stdout,
    stderr,
    json,
    emf: () => json().filter((doc): doc is EmfDocument => '_aws' in doc),
    restore: () => {
      out.mockRestore();
      err.mockRestore();
    },
  };
}

/** The variables the observability module reads; cleared before each test so the host environment never leaks in. */
export const OBSERVABILITY_ENV_KEYS = [
  'USE_CASE',
  'ENVIRONMENT',
  'ENABLE_XRAY',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_EXECUTION_ENV',
  'AWS_SAM_LOCAL',
  'POWERTOOLS_SERVICE_NAME',
  'POWERTOOLS_DEV',
  'POWERTOOLS_METRICS_DISABLED',
  'POWERTOOLS_LOG_LEVEL',
  'POWERTOOLS_TRACE_ENABLED',
  'POWERTOOLS_TRACER_CAPTURE_HTTPS_REQUESTS',
  'AWS_LAMBDA_LOG_LEVEL',
  'LOG_LEVEL',
  '_X_AMZN_TRACE_ID',
] as const;

/** Sets `values` on `process.env` after clearing {@link OBSERVABILITY_ENV_KEYS}; returns a function restoring it. */
export function useEnv(values: Partial<Record<string, string>>): () => void {
  const saved = { ...process.env };
  for (const key of OBSERVABILITY_ENV_KEYS) delete process.env[key];
  Object.assign(process.env, values);
  return () => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  };
}

/** A fresh copy of the observability module (its singletons read the environment when first used). */
export async function loadObservability(): Promise<typeof import('../../../src/observability')> {
  jest.resetModules();
  return import('../../../src/observability');
}
