/** Reads an IFC STEP file as a stream, chunk by chunk, into its facts; memory stays bounded whatever its size. */
import { IfcCollector, type IfcFacts } from './ifc-model';
import { StepParser } from './step-parser';

/** The facts and how many bytes were read (reading stops at `END-ISO-10303-21;`). */
export interface IfcRead {
  facts: IfcFacts;
  bytes: number;
}

/**
 * Parses `source` (any chunking). Throws IfcFormatError, IfcTruncatedError or IfcSchemaError with the byte offset.
 * @example const { facts } = await readIfc(await ctx.input.getStream(key));
 */
export async function readIfc(source: AsyncIterable<Uint8Array>): Promise<IfcRead> {
  const collector = new IfcCollector();
  const parser = new StepParser(collector);
  for await (const chunk of source) {
    parser.push(chunk);
    if (parser.complete) break;
  }
  parser.finish();
  return { facts: collector.facts(), bytes: parser.lexer.offset };
}

/** Parses a whole file held in memory (tests, small files). */
export function readIfcBytes(bytes: Uint8Array): IfcFacts {
  const collector = new IfcCollector();
  const parser = new StepParser(collector);
  parser.push(bytes);
  parser.finish();
  return collector.facts();
}
