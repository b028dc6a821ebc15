/**
 * Bench section: the ACL collection stage over 2,000 files against the local ONTAP simulator (HTTPS, basic auth,
 * the real client with its CA bundle), 8 files in flight as one batch of the Map runs them. Reports the ONTAP
 * requests (one per file is the minimum), rows written and throughput.
 */
import { createOntapClient } from '@fsxn-s3ap/shared/ontap';
import { createMemoryOutputWriter } from '@fsxn-s3ap/shared/output';
import { createMemoryAccessPoint } from '@fsxn-s3ap/shared/testing';
import { type OntapSeed, startOntapSimulator } from '@fsxn-s3ap/tools/local';
import { DEMO_ACLS } from '../scripts/demo-acls';
import { aclCollection } from '../src/domain/acl-collection';
import { collectOntapContext, contextLoader, saveOntapContext } from '../src/domain/ontap-context';

const FILES = 2_000;
const IN_FLIGHT = 8;

/** The section `make bench` prints. */
export const aclCollectionSection = {
  title: `UC1 ACL collection: ${FILES.toLocaleString('en-US')} files against the local ONTAP simulator`,
  async run(): Promise<string> {
    const templates: OntapSeed['files'][string][] = Object.values(DEMO_ACLS.files);
    const files: OntapSeed['files'] = {};
    templates.forEach((template, index) => {
      for (let i = index; i < FILES; i += templates.length)
        files[`legal/bulk/${String(i).padStart(5, '0')}.txt`] = template;
    });
    const seed: OntapSeed = { ...DEMO_ACLS, files };
    const sim = await startOntapSimulator({ seed });
    try {
      const client = createOntapClient({
        baseUrl: sim.url,
        credentials: { username: sim.username, password: sim.password, caBundle: sim.caPem },
      });
      const ids = { svmUuid: DEMO_ACLS.svm.uuid, volumeUuid: DEMO_ACLS.volume.uuid };
      const output = createMemoryOutputWriter();
      await saveOntapContext(output, 'bench', await collectOntapContext(client, ids));
      const before = sim.resources.calls.length;
      const ctx = {
        executionId: 'bench',
        input: createMemoryAccessPoint({}),
        output,
        now: new Date(),
        settings: ids,
        ports: { ontap: async () => client, context: contextLoader() },
      };
      const keys = Object.keys(files);
      let next = 0;
      let rows = 0;
      const started = performance.now();
      const lane = async () => {
        while (next < keys.length) {
          const key = keys[next++] as string;
          const facts = await aclCollection.process({ key, size: 1 }, ctx);
          rows += facts.entries;
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
      const wallMs = performance.now() - started;
      const requests = sim.resources.calls.length - before;
      return [
        '| measure | value |',
        '| --- | --- |',
        `| ONTAP requests (minimum ${FILES}) | ${requests} |`,
        `| ACL rows written | ${rows} |`,
        `| wall time | ${Math.round(wallMs)} ms |`,
        `| files per second (${IN_FLIGHT} in flight) | ${Math.round((FILES / wallMs) * 1000)} |`,
      ].join('\n');
    } finally {
      await sim.stop();
    }
  },
};
