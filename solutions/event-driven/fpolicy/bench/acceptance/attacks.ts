/** The hostile clients of the acceptance replay; each resolves when its attack is over. */
import net from 'node:net';
import { encodeFrame } from '../../src/server/framing';
import { connectOntap, negoRequest, payload } from '../../tests/support/ontap-client';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function prefix(length: number): Buffer {
  const bytes = Buffer.alloc(6, 0x22);
  bytes.writeUInt32BE(length, 1);
  return bytes;
}

/** A handshaken connection; rejects when the server closes it first (refused past the connection limit). */
async function handshaken(port: number) {
  const ontap = await connectOntap(port);
  ontap.sendFrame(negoRequest());
  await Promise.race([
    ontap.waitForReplies(1),
    ontap.closed.then(() => Promise.reject(new Error('closed by the server before NEGO_RESP'))),
  ]);
  return ontap;
}

export interface Attack {
  name: string;
  run(port: number): Promise<string>;
}

export const ATTACKS: Attack[] = [
  {
    name: 'SCREEN_REQ whose ReqId is 1.8 MB of `"`',
    async run(port) {
      const ontap = await handshaken(port);
      ontap.sendFrame(
        payload(
          'SCREEN_REQ',
          `<FscreenReq><ReqId>${'"'.repeat(1_800_000)}</ReqId><FileOp>write</FileOp><PathName>/vol1/a</PathName><VolName>vol1</VolName></FscreenReq>`,
        ),
      );
      const [, reply] = await ontap.waitForReplies(2);
      await ontap.end();
      return `answered ALLOW with the id cut (${reply?.length ?? 0} bytes)`;
    },
  },
  {
    name: '20 frames of 80 KB of NULs then one byte',
    async run(port) {
      const ontap = await handshaken(port);
      for (let i = 0; i < 20; i += 1) ontap.sendFrame(Buffer.concat([Buffer.alloc(80_000), Buffer.from('x')]));
      await pause(1000);
      await ontap.end();
      return 'rejected as not XML, connection kept';
    },
  },
  {
    name: '50 connections x 10 MiB partial frames',
    async run(port) {
      const sockets = await Promise.all(Array.from({ length: 50 }, () => handshaken(port)));
      const chunk = Buffer.alloc(1024 * 1024, 0x41);
      for (const ontap of sockets) {
        ontap.send(prefix(10 * 1024 * 1024));
        for (let i = 0; i < 10; i += 1) ontap.send(chunk);
      }
      await pause(6000);
      const open = sockets.filter((ontap) => !ontap.socket.destroyed).length;
      await Promise.race([Promise.all(sockets.map((ontap) => ontap.closed)), pause(15_000)]);
      const reaped = sockets.filter((ontap) => ontap.socket.destroyed).length;
      for (const ontap of sockets) ontap.socket.destroy();
      return `${open} of 50 open after 6 s (paused); ${reaped} reaped by the 10 s frame deadline`;
    },
  },
  {
    name: '20 connections sending a 1 MiB frame in 1-byte writes',
    async run(port) {
      const sockets = await Promise.all(Array.from({ length: 20 }, () => handshaken(port)));
      for (const ontap of sockets) ontap.send(prefix(1024 * 1024));
      const until = Date.now() + 5000;
      const one = Buffer.from('A');
      while (Date.now() < until) {
        for (const ontap of sockets) for (let i = 0; i < 50; i += 1) ontap.send(one);
        await new Promise((resolve) => setImmediate(resolve));
      }
      for (const ontap of sockets) ontap.socket.destroy();
      return 'bytes packed into blocks';
    },
  },
  {
    name: 'A client trickling 1 byte/s inside a frame',
    async run(port) {
      const ontap = await handshaken(port);
      ontap.send(prefix(1000));
      const started = Date.now();
      const timer = setInterval(() => ontap.send(Buffer.from('A')), 1000);
      await Promise.race([ontap.closed, pause(20_000)]);
      clearInterval(timer);
      const reaped = ontap.socket.destroyed;
      ontap.socket.destroy();
      return reaped ? `reaped after ${((Date.now() - started) / 1000).toFixed(1)} s` : 'NOT reaped within 20 s';
    },
  },
  {
    name: '10 MiB frame announced before the handshake',
    async run(port) {
      const socket = net.connect(port, '127.0.0.1');
      socket.on('error', () => undefined);
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(Buffer.concat([prefix(10 * 1024 * 1024), Buffer.alloc(1024 * 1024)]));
      const closed = await Promise.race([
        new Promise((resolve) => socket.once('close', () => resolve(true))),
        pause(3000).then(() => false),
      ]);
      socket.destroy();
      return closed ? 'closed at once (64 KiB cap before the handshake)' : 'NOT closed';
    },
  },
  {
    name: 'Valid frames only (control)',
    async run(port) {
      const ontap = await handshaken(port);
      ontap.sendFrame(payload('KEEP_ALIVE'));
      await ontap.end();
      return encodeFrame(Buffer.from('x')).length === 7 ? 'ok' : 'framing changed';
    },
  },
];
