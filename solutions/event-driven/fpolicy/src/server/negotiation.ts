/** NEGO_REQ -> NEGO_RESP: echo the session and pick the protocol version this server prefers among those offered. */
import { FPolicyMessageError } from '../errors';
import { buildMessage, MAX_ECHOED_CHARS, MessageType } from './message';
import { escapeXml, findText, type XmlElement } from './xml';

/** Versions in order of preference (the XML protocol is the same across 1.x; 2.0 and 3.0 are accepted too). */
export const SUPPORTED_VERSIONS = ['1.2', '1.1', '1.0', '2.0', '3.0'] as const;

/** What the handshake established. */
export interface Handshake {
  sessionId: string;
  policyName: string;
  vsUuid: string;
  vsName: string | undefined;
  version: string;
}

function offeredVersions(body: XmlElement): string[] {
  const found: string[] = [];
  const stack = [body];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.name === 'Vers' && node.text.trim() !== '') found.push(node.text.trim());
    stack.push(...node.children);
  }
  return found;
}

/** Reads a NEGO_REQ body and chooses the version; throws FPolicyMessageError when nothing is acceptable. */
export function negotiate(body: XmlElement | undefined): Handshake {
  if (!body) throw new FPolicyMessageError('NEGO_REQ has no body');
  const sessionId = findText(body, ['SessionId']);
  const policyName = findText(body, ['PolicyName']);
  const vsUuid = findText(body, ['VsUUID']);
  if (!sessionId || !policyName || !vsUuid) {
    throw new FPolicyMessageError('NEGO_REQ lacks SessionId, PolicyName or VsUUID');
  }
  const vsName = findText(body, ['VsName']);
  if ([sessionId, policyName, vsUuid, vsName ?? ''].some((value) => value.length > MAX_ECHOED_CHARS)) {
    throw new FPolicyMessageError(`NEGO_REQ has an id or name longer than ${MAX_ECHOED_CHARS} characters`);
  }
  const offered = offeredVersions(body);
  const version = SUPPORTED_VERSIONS.find((candidate) => offered.includes(candidate));
  if (!version) {
    throw new FPolicyMessageError(
      `NEGO_REQ offers versions [${offered.join(', ')}], none of [${SUPPORTED_VERSIONS.join(', ')}]`,
    );
  }
  return { sessionId, policyName, vsUuid, vsName, version };
}

/** The NEGO_RESP payload for `handshake`. */
export function buildNegotiationResponse(handshake: Handshake): Buffer {
  return buildMessage(
    MessageType.NegoResp,
    `<HandshakeResp><VsUUID>${escapeXml(handshake.vsUuid)}</VsUUID>` +
      `<PolicyName>${escapeXml(handshake.policyName)}</PolicyName>` +
      `<SessionId>${escapeXml(handshake.sessionId)}</SessionId>` +
      `<ProtVersion>${escapeXml(handshake.version)}</ProtVersion></HandshakeResp>`,
  );
}
