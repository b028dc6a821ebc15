import { lazyDeps, once, systemClock } from '../../../src/config';

describe('once', () => {
  it('creates the value on the first call only and returns it every time', () => {
    // Prepare
    const create = jest.fn(() => ({ id: 1 }));
    const get = once(create);

    // Act
    const first = get();
    const second = get();

    // Assess
    expect(create).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
  });

  it('tries again after a failing first call, so a fixed configuration recovers', () => {
    // Prepare
    const create = jest.fn().mockImplementationOnce(() => {
      throw new Error('INPUT_ACCESS_POINT is required');
    });
    create.mockImplementation(() => 'client');
    const get = once(create);

    // Act
    const failed = () => get();

    // Assess
    expect(failed).toThrow('INPUT_ACCESS_POINT is required');
    expect(get()).toBe('client');
  });
});

describe('lazyDeps', () => {
  it('builds no dependency before it is read, and each one once', () => {
    // Prepare
    const makeInput = jest.fn(() => 'input');
    const makeOutput = jest.fn(() => 'output');

    // Act
    const deps = lazyDeps<{ input: string; output: string }>({ input: makeInput, output: makeOutput });
    const reads = [deps.input, deps.input];

    // Assess
    expect(reads).toEqual(['input', 'input']);
    expect(makeInput).toHaveBeenCalledTimes(1);
    expect(makeOutput).not.toHaveBeenCalled();
    expect(Object.keys(deps)).toEqual(['input', 'output']);
  });
});

describe('systemClock', () => {
  it('returns the current time', () => {
    // Act
    const now = systemClock().getTime();

    // Assess
    expect(Math.abs(now - Date.now())).toBeLessThan(60_000);
  });
});
