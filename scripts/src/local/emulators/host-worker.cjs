// Emulator host: runs inside a worker thread so that fauxqs (an ES module) and the CommonJS emulators load through
// Node's own module loader, whatever runs the caller (tsx, jest). Every server binds 127.0.0.1 on a free port.
const fs = require('node:fs');
const http = require('node:http');
const http2 = require('node:http2');
const net = require('node:net');
const path = require('node:path');
const { Duplex } = require('node:stream');
const { pathToFileURL } = require('node:url');
const { parentPort, workerData } = require('node:worker_threads');

const HOST = '127.0.0.1';

function listen(server) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, () => resolve(server.address().port));
  });
}

function close(server) {
  return new Promise((resolve) => {
    if (typeof server.closeAllConnections === 'function') server.closeAllConnections();
    server.close(() => resolve());
  });
}

/**
 * A JavaScript duplex over `socket` that replays `first` before the rest. The HTTP servers read a native socket
 * through its handle, which would skip bytes already read to choose the protocol; a duplex without a handle is read
 * through its stream interface instead.
 */
function jsSocket(socket, first) {
  const duplex = new Duplex({
    read() {
      socket.resume();
    },
    write(chunk, encoding, callback) {
      socket.write(chunk, encoding, callback);
    },
    final(callback) {
      socket.end();
      callback();
    },
    destroy(error, callback) {
      socket.destroy();
      callback(error);
    },
  });
  duplex.remoteAddress = socket.remoteAddress;
  duplex.setTimeout = () => duplex;
  duplex.setNoDelay = () => duplex;
  duplex.setKeepAlive = () => duplex;
  duplex.push(first);
  socket.on('data', (chunk) => {
    if (!duplex.push(chunk)) socket.pause();
  });
  socket.on('end', () => duplex.push(null));
  socket.on('error', (error) => duplex.destroy(error));
  socket.on('close', () => duplex.destroy());
  return duplex;
}

/**
 * One port that speaks both HTTP/1.1 and cleartext HTTP/2 (prior knowledge) in front of an HTTP/1.1 request
 * listener: the SDK's Kinesis client defaults to HTTP/2, kinesalite only answers HTTP/1.1.
 */
function dualProtocolFront(listener) {
  const h1 = http.createServer(listener);
  const h2 = http2.createServer(listener);
  const sessions = new Set();
  h2.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  const sockets = new Set();
  const front = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (chunk) => {
      const target = chunk.toString('latin1', 0, 3) === 'PRI' ? h2 : h1;
      target.emit('connection', jsSocket(socket, chunk));
    });
  });
  front.closeAll = () => {
    for (const session of sessions) session.destroy();
    for (const socket of sockets) socket.destroy();
  };
  return front;
}

async function startKinesis(stops) {
  const kinesalite = require('kinesalite');
  const inner = kinesalite({ createStreamMs: 0, deleteStreamMs: 0, updateStreamMs: 0, shardLimit: 100 });
  const listener = inner.listeners('request')[0];
  const front = dualProtocolFront(listener);
  const port = await listen(front);
  stops.push(async () => {
    front.closeAll();
    await close(front);
  });
  return `http://${HOST}:${port}`;
}

async function startDynamo(stops) {
  const dynalite = require('dynalite');
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const port = await listen(server);
  stops.push(() => close(server));
  return `http://${HOST}:${port}`;
}

/** The installed folder of a package whose `exports` hide package.json (fauxqs exports only its ESM entry). */
function packageDir(name) {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
  }
  throw new Error(`package ${name} is not installed`);
}

async function startFauxqs(stops) {
  const entry = path.join(packageDir('fauxqs'), 'dist', 'app.js');
  const { startFauxqs: start } = await import(pathToFileURL(entry).href);
  const server = await start({ port: 0, host: HOST, logger: false });
  stops.push(() => server.stop());
  return `http://${HOST}:${server.port}`;
}

async function main() {
  const wanted = new Set(workerData.services);
  const stops = [];
  const endpoints = {};
  if (wanted.has('s3') || wanted.has('sqs') || wanted.has('sns')) {
    const url = await startFauxqs(stops);
    endpoints.s3 = url;
    endpoints.sqs = url;
    endpoints.sns = url;
  }
  if (wanted.has('dynamodb')) endpoints.dynamodb = await startDynamo(stops);
  if (wanted.has('kinesis')) endpoints.kinesis = await startKinesis(stops);
  parentPort.on('message', async (message) => {
    if (message !== 'stop') return;
    await Promise.allSettled(stops.map((stop) => stop()));
    parentPort.postMessage({ type: 'stopped' });
  });
  parentPort.postMessage({ type: 'ready', endpoints });
}

main().catch((error) => {
  parentPort.postMessage({ type: 'error', message: error?.stack ? error.stack : String(error) });
});
