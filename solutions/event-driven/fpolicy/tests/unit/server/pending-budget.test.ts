import { PendingBudget } from '../../../src/server/pending-budget';

const connection = () => {
  const state = { paused: false };
  return {
    state,
    pause: () => {
      state.paused = true;
    },
    resume: () => {
      state.paused = false;
    },
  };
};

describe('PendingBudget', () => {
  it('pauses connections over their fair share once the budget is exceeded, and resumes them under half', () => {
    // Prepare
    const budget = new PendingBudget(1000, 100);
    const [first, second, small] = [connection(), connection(), connection()];

    // Act
    budget.update(first, 0, 700);
    budget.update(second, 0, 400);
    budget.update(small, 0, 90);
    const pausedOver = [first.state.paused, second.state.paused, small.state.paused];
    budget.release(first, 700);

    // Assess
    expect(pausedOver).toEqual([false, true, false]);
    expect(second.state.paused).toBe(false);
    expect(budget.bytes).toBe(490);
    expect(budget.pausedCount).toBe(0);
  });
});
