/**
 * Starts the fauxqs SQS emulator (an ES module, installed with the workspace tools) in a worker thread, so it
 * loads through Node's own module loader whatever runs the caller (jest, tsx), and runs off the main thread.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface SqsEmulator {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  stop(): Promise<void>;
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.entry).then(async ({ startFauxqs }) => {
  const server = await startFauxqs({ port: 0, host: '127.0.0.1', logger: false });
  parentPort.on('message', async () => { await server.stop(); parentPort.postMessage({ stopped: true }); });
  parentPort.postMessage({ endpoint: 'http://127.0.0.1:' + server.port });
}).catch((error) => parentPort.postMessage({ error: String(error && error.stack || error) }));
`;

/** The fauxqs entry file, found through the tools workspace this pattern depends on. */
function fauxqsEntry(): string {
  const tools = realpathSync(path.resolve(__dirname, '../../node_modules/@fsxn-s3ap/tools'));
  return pathToFileURL(path.join(tools, 'node_modules', 'fauxqs', 'dist', 'app.js')).href;
}

export async function startSqsEmulator(): Promise<SqsEmulator> {
  const worker = new Worker(WORKER, { eval: true, workerData: { entry: fauxqsEntry() } });
  const endpoint = await new Promise<string>((resolve, reject) => {
    worker.once('message', (message: { endpoint?: string; error?: string }) =>
      message.endpoint ? resolve(message.endpoint) : reject(new Error(`fauxqs did not start: ${message.error}`)),
    );
    worker.once('error', reject);
  });
  return {
    endpoint,
    stop: async () => {
      await new Promise<void>((resolve) => {
        worker.once('message', () => resolve());
        worker.postMessage('stop');
      });
      await worker.terminate();
    },
  };
}
