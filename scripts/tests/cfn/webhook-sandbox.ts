/**
 * Runs the chat webhook Lambda's inline `Code.ZipFile` source the way the Node.js runtime would load a CommonJS
 * `index.js`, but with fakes: a `require` that returns a fake Secrets Manager client, a stubbed `fetch`, a fake
 * `process.env` and a console that records every line. Nothing global is replaced.
 */
import { format } from 'node:util';
import vm from 'node:vm';
import type { Template } from '../../src/template';

export interface FetchCall {
  url: string;
  method: unknown;
  headers: unknown;
  body: unknown;
  signal: unknown;
}

export interface SandboxOptions {
  env?: Record<string, string>;
  /** SecretString the fake GetSecretValue returns; a list gives one per call (the last one repeats). */
  secretString?: string | string[];
  /** HTTP status of the webhook responses (default 200); a list gives one per call (the last one repeats). */
  status?: number | number[];
  /** When set, fetch rejects with this error instead of answering. */
  fetchError?: Error;
}

export interface Sandbox {
  handler: (event: unknown) => Promise<unknown>;
  /** SecretId of every GetSecretValue call. */
  secretIds: unknown[];
  fetchCalls: FetchCall[];
  /** Every line written through console.* by the code. */
  consoleLines: string[];
}

function nth<T>(value: T | T[] | undefined, index: number): T | undefined {
  return Array.isArray(value) ? value[Math.min(index, value.length - 1)] : value;
}

/** The ZipFile source of the chat webhook function in a parsed template. */
export function webhookCode(template: Template): string {
  const code = template.body.Resources.ChatWebhookFunction?.Properties?.Code as { ZipFile?: unknown } | undefined;
  if (typeof code?.ZipFile !== 'string') throw new Error('ChatWebhookFunction has no inline ZipFile string');
  return code.ZipFile;
}

/** Loads `code` as a CommonJS module with fresh fakes (a fresh module also means an empty secret cache). */
export function loadSandbox(code: string, options: SandboxOptions = {}): Sandbox {
  const secretIds: unknown[] = [];
  const fetchCalls: FetchCall[] = [];
  const consoleLines: string[] = [];

  class GetSecretValueCommand {
    constructor(readonly input: { SecretId?: unknown }) {}
  }
  class SecretsManagerClient {
    async send(command: GetSecretValueCommand): Promise<{ SecretString?: string }> {
      secretIds.push(command.input.SecretId);
      return { SecretString: nth(options.secretString, secretIds.length - 1) };
    }
  }
  const fakeRequire = (id: string): unknown => {
    if (id === '@aws-sdk/client-secrets-manager') return { SecretsManagerClient, GetSecretValueCommand };
    throw new Error(`Unexpected require('${id}')`);
  };
  const fakeFetch = async (url: unknown, init: Record<string, unknown> = {}): Promise<Response> => {
    fetchCalls.push({
      url: String(url),
      method: init.method,
      headers: init.headers,
      body: init.body,
      signal: init.signal,
    });
    if (options.fetchError) throw options.fetchError;
    return new Response(null, { status: nth(options.status, fetchCalls.length - 1) ?? 200 });
  };
  const record = (...args: unknown[]) => {
    consoleLines.push(format(...args));
  };
  const fakeConsole = { log: record, info: record, warn: record, error: record, debug: record };
  const fakeProcess = { env: { ...options.env } };

  const wrapper = `(function (exports, require, module, process, console, fetch) {\n${code}\n})`;
  const factory: unknown = new vm.Script(wrapper, { filename: 'chat-webhook/index.js' }).runInThisContext();
  if (typeof factory !== 'function') throw new Error('The CommonJS wrapper did not evaluate to a function');
  const module = { exports: {} as Record<string, unknown> };
  factory(module.exports, fakeRequire, module, fakeProcess, fakeConsole, fakeFetch);

  const handler = module.exports.handler;
  if (typeof handler !== 'function') throw new Error('The code exports no handler function');
  return {
    handler: (event: unknown) => Promise.resolve(handler(event)),
    secretIds,
    fetchCalls,
    consoleLines,
  };
}

/** An SNS event with one record per message, shaped as SNS delivers it to Lambda. */
export function snsEvent(...messages: { message: string; subject?: string }[]): unknown {
  return {
    Records: messages.map(({ message, subject }) => ({
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      Sns: {
        Type: 'Notification',
        TopicArn: 'arn:aws:sns:eu-west-1:111122223333:test-stack-AlertTopic',
        Subject: subject ?? null,
        Message: message,
      },
    })),
  };
}
