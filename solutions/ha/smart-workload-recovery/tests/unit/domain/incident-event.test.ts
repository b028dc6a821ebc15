import alarmEvent from '../../../events/alarm-state-change.json';
import shutdownEvent from '../../../events/node-shutdown.json';
import { parseIncidentEvent } from '../../../src/domain/incident-event';
import { RecoveryEventError } from '../../../src/errors';

describe('parseIncidentEvent', () => {
  it('reads the instance and trigger of an application-fault alarm', () => {
    // Act / Assess
    expect(parseIncidentEvent(alarmEvent)).toEqual({
      instanceId: 'i-0a1b2c3d4e5f60001',
      trigger: 'APP_FAULT',
      isFault: true,
      eventId: alarmEvent.id,
      eventTime: alarmEvent.time,
    });
  });

  it('reads the instance from the alarm name when the alarm has no InstanceId dimension', () => {
    // Prepare
    const event = {
      ...alarmEvent,
      detail: { alarmName: 'swr-i-0123456789abcdef0-status-check', state: { value: 'OK' } },
    };

    // Act / Assess
    expect(parseIncidentEvent(event)).toMatchObject({
      instanceId: 'i-0123456789abcdef0',
      trigger: 'STATUS_CHECK',
      isFault: false,
    });
  });

  it('treats the node stopping as a fault and other states as none', () => {
    // Act / Assess
    expect(parseIncidentEvent(shutdownEvent)).toMatchObject({ trigger: 'NODE_SHUTDOWN', isFault: true });
    expect(
      parseIncidentEvent({ ...shutdownEvent, detail: { ...shutdownEvent.detail, state: 'running' } }).isFault,
    ).toBe(false);
  });

  it.each([
    [{ source: 'aws.s3', 'detail-type': 'Object Created' }, /Unsupported event/],
    [null, /Unsupported event/],
    [{ ...shutdownEvent, detail: { state: 'stopped', 'instance-id': 'not-an-id' } }, /no valid instance id/],
  ])('rejects an event it cannot act on (%#)', (event, message) => {
    // Act / Assess
    expect(() => parseIncidentEvent(event)).toThrow(RecoveryEventError);
    expect(() => parseIncidentEvent(event)).toThrow(message);
  });
});
