import { LocalRunError } from './errors';
import { parseParams } from './parameters';

/** Parsed `run` arguments. */
export interface RunArgs {
  pattern: string;
  data?: string;
  params: Record<string, string>;
  ticks?: number;
  json: boolean;
}

/** Parses `<category>/<pattern> [--data dir] [--params K=V,...] [--ticks N] [--json]`; throws `LocalRunError`. */
export function parseRunArgs(argv: readonly string[]): RunArgs {
  const out: RunArgs = { pattern: '', params: {}, json: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new LocalRunError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--json') out.json = true;
    else if (flag === '--data') out.data = value();
    else if (flag === '--params') out.params = { ...out.params, ...parseParams(value()) };
    else if (flag === '--ticks') {
      const ticks = Number(value());
      if (!Number.isInteger(ticks) || ticks < 1) throw new LocalRunError('--ticks must be a positive integer');
      out.ticks = ticks;
    } else if (flag.startsWith('--')) throw new LocalRunError(`unknown option ${flag}`);
    else if (out.pattern === '') out.pattern = flag;
    else throw new LocalRunError(`unexpected argument ${flag}`);
  }
  if (out.pattern === '')
    throw new LocalRunError('usage: run <category>/<pattern> [--data dir] [--params K=V,...] [--ticks N] [--json]');
  return out;
}
