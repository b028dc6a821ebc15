/**
 * Entry point for the repository's developer commands (`make validate`, `make build`, `make catalog`, ...).
 * Each command lives in its own module and is loaded only when asked for, so a quick command stays quick.
 */
type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate/main')).main,
  'sam-build': async () => (await import('./sam-build/main')).main,
  catalog: async () => (await import('./catalog/main')).main,
  'new-pattern': async () => (await import('./new-pattern/main')).main,
  bench: async () => (await import('./bench/main')).main,
  run: async () => (await import('./local/main')).main,
  demo: async () => (await import('./local/main')).demo,
  invoke: async () => (await import('./local/invoke')).invoke,
  'deploy-check': async () => (await import('./local/deploy-check')).deployCheck,
};

async function dispatch(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(`usage: cli <${Object.keys(COMMANDS).join('|')}> [options]\n`);
    return 2;
  }
  const command = await load();
  return command(rest);
}

dispatch(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
