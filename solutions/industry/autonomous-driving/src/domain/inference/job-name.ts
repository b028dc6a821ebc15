/** Transform job names: `<prefix>-<YYYYMMDDHHmmss>-<4 hex>`, within SageMaker's 63 characters. */
import { randomBytes } from 'node:crypto';

/** A new job name; the prefix is trimmed so the whole name fits 63 characters. */
export function newTransformJobName(
  prefix: string,
  now: Date,
  random: () => string = () => randomBytes(2).toString('hex'),
): string {
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const safePrefix =
    prefix
      .replace(/[^a-zA-Z0-9-]/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 63 - 20) || 'job';
  return `${safePrefix}-${stamp}-${random()}`;
}
