/** Discovery: lists videos and point clouds through the access point, writes their manifests, returns the work. */
import { getLogger, withObservability } from '@fsxn-s3ap/shared/observability';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import type { AccessPointClient } from '@fsxn-s3ap/shared/s3';
import type { PatternConfig } from '../../config';
import { getConfig, getInput, getOutput, lazyDeps, systemClock } from '../../deps';
import { discoverInputs, type InputsDiscovery } from '../../domain/discover-inputs';
import { parseExecutionEvent } from '../../domain/events';

export interface DiscoveryDeps {
  config: PatternConfig;
  input: AccessPointClient;
  output: OutputWriter;
  clock: () => Date;
}

export const createHandler =
  (deps: DiscoveryDeps) =>
  async (event: unknown): Promise<InputsDiscovery> => {
    const { executionId } = parseExecutionEvent(event);
    if (deps.config.inputPrefix === '') {
      getLogger().warn('INPUT_PREFIX is empty: listing the whole access point', { accessPoint: deps.input.bucket });
    }
    return discoverInputs(executionId, { ...deps, now: deps.clock() });
  };

export const defaultDeps = (): DiscoveryDeps =>
  lazyDeps<DiscoveryDeps>({ config: getConfig, input: getInput, output: getOutput, clock: () => systemClock });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'UC9' });
