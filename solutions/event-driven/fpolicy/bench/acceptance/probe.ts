/**
 * The handshake probe of the acceptance replay, in its own process so the attack clients' load does not skew it:
 * every 250 ms it opens a connection to 127.0.0.1:<argv[2]>, sends NEGO_REQ and prints the milliseconds to
 * NEGO_RESP (or `fail`), one line each, until stdin closes.
 */
import { connectOntap, negoRequest } from '../../tests/support/ontap-client';

async function once(port: number): Promise<string> {
  const started = performance.now();
  try {
    const ontap = await connectOntap(port);
    ontap.sendFrame(negoRequest(['1.2'], 'probe'));
    await Promise.race([
      ontap.waitForReplies(1),
      ontap.closed.then(() => Promise.reject(new Error('refused'))),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no reply in 5 s')), 5000)),
    ]);
    ontap.socket.destroy();
    return (performance.now() - started).toFixed(1);
  } catch {
    return 'fail';
  }
}

async function main(): Promise<void> {
  const port = Number(process.argv[2]);
  let running = true;
  process.stdin.on('close', () => {
    running = false;
  });
  process.stdin.resume();
  while (running) {
    process.stdout.write(`${await once(port)}\n`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

void main();
