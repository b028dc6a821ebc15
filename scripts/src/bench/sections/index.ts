import type { BenchSection } from '../section';
import { athenaEmulatorSection } from './athena-emulator';
import { bundleColdInitSection } from './bundle-cold-init';
import { localRuntimeSection } from './local-runtime';

/** The sections of `make bench`, in report order. Add a section by exporting it from its own file and listing it here; patterns put theirs in their own `bench/` folder. */
export const SECTIONS: readonly BenchSection[] = [bundleColdInitSection, localRuntimeSection, athenaEmulatorSection];
