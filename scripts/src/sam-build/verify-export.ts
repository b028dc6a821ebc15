import path from 'node:path';
import { ContractError } from './errors';
import { runNodeScript } from './node-child';

// The AWS SDK packages bundles leave external, provided as the Lambda runtime provides them.
const RUNTIME_SDK = path.resolve(__dirname, '../local/lambda/runtime-sdk.cjs');

// Runs in the child: require() runs the bundle's cold start; the answer is one JSON line on stdout.
const PROBE = `
require(${JSON.stringify(RUNTIME_SDK)}).provideRuntimeSdk();
let answer;
try {
  const mod = require(process.argv[1]);
  answer = { type: typeof mod[process.argv[2]], exports: Object.keys(mod) };
} catch (error) {
  answer = { error: error instanceof Error ? String(error.stack || error.message) : String(error) };
  process.exitCode = 1;
}
process.stdout.write('\\n' + JSON.stringify(answer));
`;

interface ProbeAnswer {
  type?: string;
  exports?: string[];
  error?: string;
}

function parseAnswer(stdout: string): ProbeAnswer | undefined {
  const line = stdout.slice(stdout.lastIndexOf('\n') + 1);
  try {
    return JSON.parse(line) as ProbeAnswer;
  } catch {
    // The bundle wrote to stdout or the process died before answering; the caller reports stderr instead.
    return undefined;
  }
}

/**
 * Loads `bundleFile` in a fresh node process with exactly `env` and checks that `exports[handlerExport]` is a
 * function, as Lambda will. Throws `ContractError` when loading fails (its cold start threw) or the export is
 * missing or not a function.
 */
export async function verifyHandlerExport(
  bundleFile: string,
  handlerExport: string,
  env: Record<string, string>,
): Promise<void> {
  const result = await runNodeScript(PROBE, [bundleFile, handlerExport], { env });
  const answer = parseAnswer(result.stdout);
  if (answer?.error !== undefined || !answer || result.code !== 0) {
    const detail = answer?.error ?? (result.stderr.trim() || `exit code ${result.code}, signal ${result.signal}`);
    const lines = detail.split('\n').slice(0, 6).join('\n');
    throw new ContractError(`loading ${bundleFile} failed at cold start:\n${lines}`);
  }
  if (answer.type !== 'function') {
    const names = answer.exports?.join(', ') || 'nothing';
    throw new ContractError(
      `${path.basename(bundleFile)} exports no function "${handlerExport}" (it is ${answer.type}; the bundle exports ${names})`,
    );
  }
}
