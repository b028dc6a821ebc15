// One Lambda execution environment: a worker thread whose process.env is this function's own environment (set by
// the host when the worker starts), so the bundle's module-level code sees it at load time and no variable leaks
// between functions. The bundle is loaded once; each message is one invocation.
const { parentPort, workerData } = require('node:worker_threads');

function toFailure(error) {
  if (error instanceof Error) {
    return {
      errorType: error.name || 'Error',
      errorMessage: error.message,
      trace: (error.stack || '')
        .split('\n')
        .slice(1, 8)
        .map((line) => line.trim()),
    };
  }
  return { errorType: 'Error', errorMessage: typeof error === 'string' ? error : JSON.stringify(error), trace: [] };
}

function lambdaContext(request) {
  const deadline = Date.now() + request.timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: request.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: request.functionArn,
    memoryLimitInMB: String(request.memoryMb),
    awsRequestId: request.requestId,
    logGroupName: `/aws/lambda/${request.functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

// The runtime's own AWS SDK, for the packages bundles leave external.
require('./runtime-sdk.cjs').provideRuntimeSdk();

let handler;
try {
  const loaded = require(workerData.bundleFile);
  handler = loaded[workerData.handlerExport];
  if (typeof handler !== 'function')
    throw new Error(`${workerData.bundleFile} does not export ${workerData.handlerExport}`);
} catch (error) {
  const failure = toFailure(error);
  handler = async () => {
    const init = new Error(failure.errorMessage);
    init.name = failure.errorType === 'Error' ? 'Runtime.ImportModuleError' : failure.errorType;
    throw init;
  };
}

function invoke(event, context) {
  if (handler.length < 3) return Promise.resolve().then(() => handler(event, context));
  return new Promise((resolve, reject) => {
    const callback = (error, result) => (error ? reject(error) : resolve(result));
    Promise.resolve(handler(event, context, callback)).then(
      (result) => result !== undefined && resolve(result),
      reject,
    );
  });
}

parentPort.on('message', (request) => {
  invoke(request.event, lambdaContext(request)).then(
    (result) => parentPort.postMessage({ id: request.id, ok: true, result: result === undefined ? null : result }),
    (error) => parentPort.postMessage({ id: request.id, ok: false, error: toFailure(error) }),
  );
});
