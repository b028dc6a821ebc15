import { FPolicyMessageError } from '../../../src/errors';
import { buildMessage, parseMessage } from '../../../src/server/message';
import { buildNegotiationResponse, negotiate } from '../../../src/server/negotiation';
import { findText, parseXml } from '../../../src/server/xml';
import { header, negoRequest, payload } from '../../support/ontap-client';

describe('parseMessage', () => {
  it('splits header and body at the blank line and reads the type', () => {
    // Act
    const message = parseMessage(payload('NOTI_REQ', '<FsNotification><PathName>p</PathName></FsNotification>'));

    // Assess
    expect(message.type).toBe('NOTI_REQ');
    expect(message.body?.name).toBe('FsNotification');
  });

  it('accepts a body-less keep-alive and trailing NUL bytes', () => {
    // Act
    const message = parseMessage(Buffer.concat([payload('KEEP_ALIVE'), Buffer.alloc(2)]));

    // Assess
    expect(message).toEqual({ type: 'KEEP_ALIVE', body: undefined });
  });

  it.each([
    [Buffer.from('<Other/>'), 'header root is <Other>, expected <Header>'],
    [Buffer.from('<Header><ContentLen>0</ContentLen></Header>'), 'header has no <NotfType>'],
    [payload('SOMETHING_ELSE'), 'unknown message type SOMETHING_ELSE'],
    [
      Buffer.from('<Header><NotfType>NOTI_REQ</NotfType><DataFormat>PROTOBUF</DataFormat></Header>'),
      'DataFormat PROTOBUF is not supported',
    ],
    [Buffer.from(`${header('NOTI_REQ', 'x'.repeat(200))}\n\n<A/>`), 'body is truncated: ContentLen 200'],
    [Buffer.from([0x3c, 0xff, 0xfe, 0x3e]), 'message is not valid UTF-8'],
  ])('rejects a bad message (%#)', (bytes, reason) => {
    // Act
    const parse = () => parseMessage(bytes);

    // Assess
    expect(parse).toThrow(FPolicyMessageError);
    expect(parse).toThrow(reason);
  });
});

describe('buildMessage', () => {
  it('writes a header whose ContentLen is the byte length of the NUL-terminated body', () => {
    // Act
    const text = buildMessage('NEGO_RESP', '<X>é</X>').toString('utf8');

    // Assess
    const [head, body] = text.split('\n\n') as [string, string];
    expect(body.endsWith('\0')).toBe(true);
    expect(findText(parseXml(head), ['ContentLen'])).toBe(String(Buffer.byteLength(body)));
    expect(findText(parseXml(head), ['DataFormat'])).toBe('XML');
  });
});

describe('negotiate', () => {
  it('prefers 1.2, then 1.1, 1.0, 2.0, 3.0 among the offered versions', () => {
    // Act / Assess
    expect(negotiate(parseMessage(negoRequest(['3.0', '1.0', '1.2'])).body).version).toBe('1.2');
    expect(negotiate(parseMessage(negoRequest(['3.0', '2.0'])).body).version).toBe('2.0');
  });

  it('rejects a request offering no supported version', () => {
    // Act
    const fail = () => negotiate(parseMessage(negoRequest(['0.9'])).body);

    // Assess
    expect(fail).toThrow('NEGO_REQ offers versions [0.9], none of [1.2, 1.1, 1.0, 2.0, 3.0]');
  });

  it('rejects a request without a session id', () => {
    // Act / Assess
    expect(() => negotiate(parseXml('<Handshake><VsUUID>v</VsUUID><PolicyName>p</PolicyName></Handshake>'))).toThrow(
      'NEGO_REQ lacks SessionId, PolicyName or VsUUID',
    );
    expect(() => negotiate(undefined)).toThrow('NEGO_REQ has no body');
  });

  it('echoes the session in NEGO_RESP', () => {
    // Prepare
    const handshake = { sessionId: 's&1', policyName: 'p', vsUuid: 'v', vsName: undefined, version: '1.1' };

    // Act
    const [head, tail] = buildNegotiationResponse(handshake).toString('utf8').split('\n\n') as [string, string];
    const body = parseXml(tail.replace(/\0$/, ''));

    // Assess
    expect(findText(parseXml(head), ['NotfType'])).toBe('NEGO_RESP');
    expect(findText(body, ['SessionId'])).toBe('s&1');
    expect(findText(body, ['ProtVersion'])).toBe('1.1');
  });
});
