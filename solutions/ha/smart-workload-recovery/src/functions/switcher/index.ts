/** Switcher: runs one step of the recovery (the state machine names it), or the scheduled alarm sync. */
import { getLogger, withObservability } from '@fsxn-s3ap/shared/observability';
import { createSessionFactory, type SessionFactory } from '../../deps';
import { runStep } from '../../domain/run-step';

export interface SwitcherDeps {
  openSession: SessionFactory;
}

export const createHandler =
  (deps: SwitcherDeps) =>
  async (event: unknown): Promise<unknown> => {
    const session = await deps.openSession();
    const step = typeof event === 'object' && event !== null ? (event as { step?: unknown }).step : undefined;
    getLogger().info('Running switcher step', { step });
    const result = await runStep(event, session.context);
    await session.commit();
    return result;
  };

export const handler = withObservability(createHandler({ openSession: createSessionFactory() }));
