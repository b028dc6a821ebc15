import { availableParallelism } from 'node:os';
import type { BenchContext, BenchSection } from './section';

/** Runs `sections` one after another and joins their markdown under a heading that names the machine. */
export async function buildReport(
  sections: readonly BenchSection[],
  context: BenchContext,
  now = new Date(),
): Promise<string> {
  const parts = [
    '# Bench',
    `Node ${process.version} on ${process.platform}/${process.arch}, ${availableParallelism()} CPU(s); ${now.toISOString()}.`,
  ];
  for (const section of sections) parts.push(`## ${section.title}`, (await section.run(context)).trim());
  return `${parts.join('\n\n')}\n`;
}
