/** The production dependencies of the kit's functions, each built on first use and then kept. */
import { lazyDeps, once, systemClock } from '../config';
import { createOutputWriter, type OutputWriter } from '../output';
import { type AccessPointClient, createAccessPointClient } from '../s3';
import type { Notifier } from './notifier';
import { type KitSettings, loadKitSettings } from './settings';

/** What every kit handler may need; tests pass their own. */
export interface KitDeps {
  kit: KitSettings;
  input: AccessPointClient;
  output: OutputWriter;
  /** Undefined when SNS_TOPIC_ARN is not set. */
  notifier: Notifier | undefined;
  clock: () => Date;
}

const getKit = once(() => loadKitSettings());

/**
 * Lazily built production dependencies (configuration errors surface on the first invocation, named). The
 * notifier is the report's alone: `notifier` builds it, so only the report function bundles the SNS client.
 */
export function defaultKitDeps(notifier: (kit: KitSettings) => Notifier | undefined = () => undefined): KitDeps {
  return lazyDeps<KitDeps>({
    kit: getKit,
    input: once(() => createAccessPointClient({ target: getKit().inputAccessPoint })),
    output: once((): OutputWriter => createOutputWriter()),
    notifier: once(() => notifier(getKit())),
    clock: () => systemClock,
  });
}

/** `deps` over the production defaults: only what a test gives is replaced. */
export function withDefaults(
  deps: Partial<KitDeps> | undefined,
  notifier?: (kit: KitSettings) => Notifier | undefined,
): KitDeps {
  if (deps === undefined) return defaultKitDeps(notifier);
  const defaults = defaultKitDeps(notifier);
  return lazyDeps<KitDeps>({
    kit: () => deps.kit ?? defaults.kit,
    input: () => deps.input ?? defaults.input,
    output: () => deps.output ?? defaults.output,
    notifier: () => ('notifier' in deps ? deps.notifier : defaults.notifier),
    clock: () => deps.clock ?? defaults.clock,
  });
}
