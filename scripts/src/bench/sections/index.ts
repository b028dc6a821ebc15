import type { BenchSection } from '../section';
import { athenaEmulatorSection } from './athena-emulator';
import { bundleColdInitSection } from './bundle-cold-init';
import { distributedMapSection } from './distributed-map';
import { localRuntimeSection } from './local-runtime';
import { ocrServiceSection } from './ocr-service';
import { schemaLibrarySection } from './schema-library';

/** The sections of `make bench`, in report order. Add a section by exporting it from its own file and listing it here; patterns put theirs in their own `bench/` folder. */
export const SECTIONS: readonly BenchSection[] = [
  bundleColdInitSection,
  localRuntimeSection,
  schemaLibrarySection,
  distributedMapSection,
  athenaEmulatorSection,
  ocrServiceSection,
];
