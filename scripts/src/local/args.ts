import { LocalRunError } from './errors';
import { parseParams } from './parameters';

/** How `make run` is called (usage errors speak the Make variables, not the CLI's flags). */
export const RUN_USAGE =
  'usage: make run PATTERN=<category>/<pattern> [DATA=<dir>] [PARAMS=Key=Value,...] [TICKS=<n>] [JSON=1]';

/** How `make invoke` is called. */
export const INVOKE_USAGE =
  'usage: make invoke PATTERN=<category>/<pattern> FUNCTION=<LogicalId> EVENT=events/<file>.json ' +
  '[PARAMS=Key=Value,...] [DATA=<dir>]';

/** The Make variable behind each CLI flag. */
const MAKE_VARIABLE: Record<string, string> = {
  '--data': 'DATA',
  '--params': 'PARAMS',
  '--ticks': 'TICKS',
  '--json': 'JSON',
  '--function': 'FUNCTION',
  '--event': 'EVENT',
};

/** Parsed `run` and `invoke` arguments. */
export interface RunArgs {
  pattern: string;
  data?: string;
  params: Record<string, string>;
  ticks?: number;
  json: boolean;
  function?: string;
  event?: string;
}

/**
 * Parses `<category>/<pattern> [--data dir] [--params K=V,...] [--ticks N] [--json] [--function Id] [--event file]`
 * (what the Makefile passes for DATA, PARAMS, TICKS, JSON, FUNCTION, EVENT). Throws `LocalRunError` naming the
 * Make variable, followed by `usage`.
 */
export function parseRunArgs(argv: readonly string[], usage = RUN_USAGE): RunArgs {
  const fail = (message: string): never => {
    throw new LocalRunError(`${message}\n${usage}`);
  };
  const out: RunArgs = { pattern: '', params: {}, json: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const variable = MAKE_VARIABLE[flag] ?? flag;
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '' || next.startsWith('--')) return fail(`${variable}= needs a value`);
      return next;
    };
    if (flag === '--json') out.json = true;
    else if (flag === '--data') out.data = value();
    else if (flag === '--function') out.function = value();
    else if (flag === '--event') out.event = value();
    else if (flag === '--params') out.params = { ...out.params, ...parseParams(value()) };
    else if (flag === '--ticks') {
      const ticks = Number(value());
      if (!Number.isInteger(ticks) || ticks < 1) fail(`TICKS= must be a positive integer, not ${argv[i]}`);
      out.ticks = ticks;
    } else if (flag.startsWith('--')) fail(`unknown option ${flag}`);
    else if (out.pattern === '') out.pattern = flag;
    else fail(`PATTERN= takes one pattern; "${flag}" is one too many`);
  }
  if (out.pattern === '') fail('PATTERN= is missing');
  return out;
}
