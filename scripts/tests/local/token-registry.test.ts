import { TaskError } from '../../src/local/errors';
import { InvalidTokenError, TokenRegistry } from '../../src/local/token-registry';

describe('TokenRegistry', () => {
  it('claims the issued token found in a Task input and resolves it with the success output', async () => {
    // Prepare
    const tokens = new TokenRegistry();
    const token = tokens.issue();
    // Act
    const claimed = tokens.claimIn({ Payload: { taskToken: token } });
    tokens.complete(token, { output: { approved: true } });
    // Assess
    expect(claimed).toBe(token);
    await expect(tokens.wait(token)).resolves.toEqual({ approved: true });
    expect(tokens.claimIn({ again: token })).toBeUndefined();
  });

  it('rejects with the failure error name and cause', async () => {
    // Prepare
    const tokens = new TokenRegistry();
    const token = tokens.issue();
    // Act
    tokens.complete(token, { error: 'Rejected', cause: 'reviewer said no' });
    // Assess
    await expect(tokens.wait(token)).rejects.toEqual(new TaskError('Rejected', 'reviewer said no'));
  });

  it('refuses unknown and already completed tokens', () => {
    // Prepare
    const tokens = new TokenRegistry();
    const token = tokens.issue();
    tokens.complete(token, { output: {} });
    // Act / Assess
    expect(() => tokens.complete('forged', { output: {} })).toThrow(InvalidTokenError);
    expect(() => tokens.complete(token, { output: {} })).toThrow(/already/);
  });
});
