import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ServiceEndpoints } from './environment';
import { LocalRunError } from './errors';
import type { BusEvent } from './event-sources/event-bus';
import type { StackResource } from './resource-names';

/** What a pattern's demo driver gets: the provisioned stack, the emulators and the local runtime's hooks. */
export interface DemoDriverContext {
  patternDir: string;
  /** The stack's resources by logical id (queue URLs, function names, table names as provisioned). */
  resources: Readonly<Record<string, StackResource>>;
  endpoints: ServiceEndpoints;
  /** Invokes a function of the stack by name and resolves with its result. */
  invoke(functionName: string, event: unknown): Promise<unknown>;
  /** Events put on the local bus so far. */
  busEvents(): readonly BusEvent[];
  /** Prints a line of the run's output. */
  log(line: string): void;
}

/** A pattern's own way to start a local run (a long-running server, a client it drives); throws when it failed. */
export type DemoDriver = (context: DemoDriverContext) => Promise<void>;

/**
 * The driver named by pattern.json's `demo.driver` (a module of the pattern exporting `runDemo`), if any: for
 * patterns whose trigger is not a schedule, a rule or a state machine (a TCP server fed by ONTAP, for instance).
 */
export async function loadDemoDriver(dir: string): Promise<DemoDriver | undefined> {
  const file = path.join(dir, 'pattern.json');
  if (!existsSync(file)) return undefined;
  const metadata: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const driver = (metadata as { demo?: { driver?: unknown } } | null)?.demo?.driver;
  if (typeof driver !== 'string') return undefined;
  const module: { runDemo?: unknown } = await import(path.resolve(dir, driver));
  if (typeof module.runDemo !== 'function') throw new LocalRunError(`${driver} exports no runDemo function`);
  return module.runDemo as DemoDriver;
}
