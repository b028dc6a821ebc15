/**
 * FPolicy message = header XML, a blank line, body XML. The header names the type (`NotfType`) and the body's
 * byte length (`ContentLen`); responses end with a NUL byte.
 */
import { FPolicyMessageError } from '../errors';
import { escapeXml, findText, parseXml, type XmlElement } from './xml';

/** Message types this server understands. */
export const MessageType = {
  NegoReq: 'NEGO_REQ',
  NegoResp: 'NEGO_RESP',
  KeepAlive: 'KEEP_ALIVE',
  KeepAliveReq: 'KEEP_ALIVE_REQ',
  AlertMsg: 'ALERT_MSG',
  NotiReq: 'NOTI_REQ',
  ScreenReq: 'SCREEN_REQ',
  ScreenResp: 'SCREEN_RESP',
  StatusReq: 'STATUS_REQ',
} as const;

const INCOMING = new Set<string>([
  MessageType.NegoReq,
  MessageType.KeepAlive,
  MessageType.KeepAliveReq,
  MessageType.AlertMsg,
  MessageType.NotiReq,
  MessageType.ScreenReq,
  MessageType.StatusReq,
]);

/** A decoded incoming message. */
export interface FPolicyMessage {
  type: string;
  /** The parsed body, or undefined when the message has none (keep-alives). */
  body: XmlElement | undefined;
}

const XML_DECLARATION = '<?xml version="1.0"?>';

/** Longest id echoed back to ONTAP (session ids, request ids, names); longer ones are refused or cut. */
export const MAX_ECHOED_CHARS = 1024;

function splitParts(text: string): { header: string; body: string } {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return { header: text, body: '' };
  return { header: text.slice(0, match.index), body: text.slice(match.index + match[0].length) };
}

/** `payload` without its trailing NUL bytes (one backward pass; a regex anchored at the end would be quadratic). */
export function trimTrailingNuls(payload: Buffer): Buffer {
  let end = payload.length;
  while (end > 0 && payload[end - 1] === 0) end -= 1;
  return payload.subarray(0, end);
}

/** Decodes one frame payload; throws FPolicyMessageError / XmlParseError with the reason. */
export function parseMessage(payload: Buffer): FPolicyMessage {
  const text = trimTrailingNuls(payload).toString('utf8');
  if (text.includes('\uFFFD')) throw new FPolicyMessageError('message is not valid UTF-8');
  const parts = splitParts(text);
  const header = parseXml(parts.header);
  if (header.name !== 'Header') throw new FPolicyMessageError(`header root is <${header.name}>, expected <Header>`);
  const type = findText(header, ['NotfType']);
  if (type === undefined) throw new FPolicyMessageError('header has no <NotfType>');
  if (!INCOMING.has(type)) throw new FPolicyMessageError(`unknown message type ${type}`);
  const format = findText(header, ['DataFormat']);
  if (format !== undefined && format.toUpperCase() !== 'XML') {
    throw new FPolicyMessageError(`DataFormat ${format} is not supported (configure the engine with format xml)`);
  }
  const declared = findText(header, ['ContentLen']);
  const bodyBytes = Buffer.byteLength(parts.body.trimEnd(), 'utf8');
  if (declared !== undefined) {
    if (!/^\d+$/.test(declared)) throw new FPolicyMessageError(`ContentLen "${declared}" is not a number`);
    if (Number(declared) > Buffer.byteLength(parts.body, 'utf8') + 1) {
      throw new FPolicyMessageError(`body is truncated: ContentLen ${declared}, received ${bodyBytes} bytes`);
    }
  }
  return { type, body: bodyBytes === 0 ? undefined : parseXml(parts.body) };
}

/** Builds a response payload (header, blank line, body, trailing NUL); ContentLen counts the body and its NUL. */
export function buildMessage(type: string, bodyXml: string): Buffer {
  const body = `${XML_DECLARATION}${bodyXml}\0`;
  const header =
    `${XML_DECLARATION}<Header><NotfType>${escapeXml(type)}</NotfType>` +
    `<ContentLen>${Buffer.byteLength(body, 'utf8')}</ContentLen><DataFormat>XML</DataFormat></Header>`;
  return Buffer.from(`${header}\n\n${body}`, 'utf8');
}
