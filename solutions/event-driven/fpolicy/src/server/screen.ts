/**
 * SCREEN_REQ (a synchronous policy) must be answered or ONTAP holds the file operation until its timeout. This
 * server only observes, so it always answers ALLOW, echoing the request id.
 */
import { buildMessage, MAX_ECHOED_CHARS, MessageType } from './message';
import { escapeXml, findText, type XmlElement } from './xml';

/**
 * The request id ONTAP expects back (`ReqId`, or `RequestId`), if the request carries one, cut to
 * {@link MAX_ECHOED_CHARS} (ONTAP's ids are numbers; an oversized one would make the reply exceed the frame limit).
 */
export function screenRequestId(body: XmlElement | undefined): string | undefined {
  return body ? findText(body, ['ReqId', 'RequestId'])?.slice(0, MAX_ECHOED_CHARS) : undefined;
}

/** The SCREEN_RESP payload allowing the operation. */
export function buildScreenResponse(requestId: string | undefined, sessionId: string | undefined): Buffer {
  const id = requestId === undefined ? '' : `<ReqId>${escapeXml(requestId)}</ReqId>`;
  const session = sessionId === undefined ? '' : `<SessionId>${escapeXml(sessionId)}</SessionId>`;
  return buildMessage(MessageType.ScreenResp, `<FscreenResp>${session}${id}<Action>ALLOW</Action></FscreenResp>`);
}
