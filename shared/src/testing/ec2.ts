/**
 * A fake EC2 endpoint for tests of the fleet's EC2 adapter: the real {@link Ec2QueryClient} (form encoding, SigV4,
 * retries, XML parsing) sends through a request handler that decodes each Query request and answers with an EC2
 * document rendered from plain objects. Arrays render as `<item>` lists, as EC2 writes them.
 */
import { Readable } from 'node:stream';
import { Ec2QueryClient, type Ec2QueryOptions } from '../fleet/ec2-query';

/** A response element's content: text, child elements, or a list (`<item>` per entry). */
export type Ec2Shape = string | number | boolean | Ec2Shape[] | { [tag: string]: Ec2Shape | undefined };

/** One request the fake received. */
export interface Ec2Call {
  action: string;
  params: Record<string, string>;
  headers: Record<string, string>;
}

/** An EC2 error answer: the code becomes the error's `name`. */
export class Ec2Fault {
  constructor(
    readonly code: string,
    readonly message = code,
    readonly status = 400,
  ) {}
}

/** What a handler answers: the response element's children, or a fault. */
export type Ec2Answer = { [tag: string]: Ec2Shape | undefined } | Ec2Fault;

/** How the fake answers one action. */
export type Ec2Handler = (params: Record<string, string>, call: Ec2Call) => Ec2Answer;

/** Answers per action; an action without one answers `InvalidAction`. */
export type Ec2Handlers = Partial<Record<string, Ec2Handler>>;

/** The fake: the client to hand to the adapter, and every call it made. */
export interface Ec2Fake {
  client: Ec2QueryClient;
  calls: Ec2Call[];
  /** The calls of one action, in order. */
  callsOf(action: string): Ec2Call[];
  /** Sets how `action` is answered from now on (replacing its previous handler). */
  on(action: string, handler: Ec2Handler): Ec2Fake;
  /** Forgets the calls and every handler. */
  reset(): void;
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** `value` as the content of an element. */
export function renderEc2Xml(value: Ec2Shape | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.map((entry) => `<item>${renderEc2Xml(entry)}</item>`).join('');
  if (typeof value === 'object') {
    return Object.entries(value)
      .filter(([, entry]) => entry !== undefined)
      .map(([tag, entry]) => `<${tag}>${renderEc2Xml(entry)}</${tag}>`)
      .join('');
  }
  return escapeXml(String(value));
}

function decodeForm(body: unknown): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(String(body))) params[key] = value;
  return params;
}

function answer(status: number, xml: string) {
  return {
    response: {
      statusCode: status,
      headers: { 'content-type': 'text/xml;charset=UTF-8', date: new Date().toUTCString() },
      body: Readable.from([Buffer.from(xml)]),
    },
  };
}

/**
 * A fake EC2 answering with `handlers`; `options` reach the client (region `us-east-1`, fixed credentials and no
 * wait between retries unless given).
 *
 * @example
 * ```ts
 * const ec2 = createEc2Fake({ TerminateInstances: () => ({}) });
 * await new Ec2FleetCompute(ec2.client).terminateInstance('i-1');
 * expect(ec2.callsOf('TerminateInstances')[0]?.params['InstanceId.1']).toBe('i-1');
 * ```
 */
export function createEc2Fake(handlers: Ec2Handlers = {}, options: Ec2QueryOptions = {}): Ec2Fake {
  const current: Ec2Handlers = { ...handlers };
  const calls: Ec2Call[] = [];
  let requests = 0;
  const client = new Ec2QueryClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    sleep: async () => undefined,
    ...options,
    requestHandler: {
      handle: async (request) => {
        requests += 1;
        const params = decodeForm(request.body);
        const { Action: action = '', Version: _version, ...rest } = params;
        const call = { action, params: rest, headers: { ...request.headers } };
        calls.push(call);
        const handler = current[action];
        const result =
          handler === undefined ? new Ec2Fault('InvalidAction', `no handler for ${action}`) : handler(rest, call);
        if (result instanceof Ec2Fault) {
          const error = `<Code>${escapeXml(result.code)}</Code><Message>${escapeXml(result.message)}</Message>`;
          return answer(
            result.status,
            `<Response><Errors><Error>${error}</Error></Errors><RequestID>req-${requests}</RequestID></Response>`,
          );
        }
        const body = renderEc2Xml({ requestId: `req-${requests}`, ...result });
        return answer(
          200,
          `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">${body}</${action}Response>`,
        );
      },
    },
  });
  const fake: Ec2Fake = {
    client,
    calls,
    callsOf: (action) => calls.filter((call) => call.action === action),
    on(action, handler) {
      current[action] = handler;
      return fake;
    },
    reset() {
      calls.length = 0;
      for (const action of Object.keys(current)) delete current[action];
    },
  };
  return fake;
}
