import { parseDiscoveryEvent, parseProcessEvent, parseReportEvent } from '../../../src/domain/events';
import { ErrorName } from '../../../src/errors';
import { fpolicyEvent } from '../fakes';

const discovery = { manifestKey: 'manifests/2025/01/15/run.json', totalObjects: 2, totalBytes: 30, truncated: false };
const summary = {
  status: 'SUCCEEDED',
  objects: 2,
  bytes: 30,
  byType: { text: 2 },
  lines: 3,
  words: 5,
  nonUtf8Files: 0,
};

describe('parseDiscoveryEvent', () => {
  it('reads the execution id', () => {
    // Act
    const event = parseDiscoveryEvent({ executionId: 'run-1' });

    // Assess
    expect(event).toEqual({ executionId: 'run-1', trigger: { kind: 'schedule' } });
  });

  it('reads an FPolicy event passed as the trigger', () => {
    // Act
    const event = parseDiscoveryEvent({ executionId: 'run-1', trigger: fpolicyEvent({ file_path: 'x/b.csv' }) });

    // Assess
    expect(event).toMatchObject({ executionId: 'run-1', trigger: { kind: 'fpolicy', event: { key: 'x/b.csv' } } });
  });

  it('rejects a malformed FPolicy trigger with a ValidationError', () => {
    // Act / Assess
    expect(() => parseDiscoveryEvent({ executionId: 'run-1', trigger: fpolicyEvent({ file_path: 7 }) })).toThrow(
      expect.objectContaining({ name: ErrorName.ValidationError }),
    );
  });

  it.each([[undefined], [null], [[]], [{}], [{ executionId: '' }], [{ executionId: 7 }]])(
    'rejects %j with InventoryEventError',
    (input) => {
      // Act / Assess
      expect(() => parseDiscoveryEvent(input)).toThrow(
        expect.objectContaining({ name: ErrorName.InventoryEventError }),
      );
    },
  );
});

describe('parseProcessEvent', () => {
  it('reads an object item', () => {
    // Act
    const event = parseProcessEvent({ executionId: 'run-1', item: { key: 'a.txt', size: 3 } });

    // Assess
    expect(event).toEqual({ executionId: 'run-1', item: { key: 'a.txt', size: 3 } });
  });

  it('rejects an item of the wrong shape with a ValidationError', () => {
    // Act / Assess
    expect(() => parseProcessEvent({ executionId: 'run-1', item: { size: 3 } })).toThrow(
      expect.objectContaining({ name: ErrorName.ValidationError }),
    );
  });

  it('rejects an event without an execution id', () => {
    // Act / Assess
    expect(() => parseProcessEvent({ item: { key: 'a.txt', size: 3 } })).toThrow(/executionId/);
  });
});

describe('parseReportEvent', () => {
  it('accepts summaries and FAILED records', () => {
    // Prepare
    const failed = { status: 'FAILED', item: { key: 'b.bin', size: 1 }, error: { Error: 'States.Timeout' } };

    // Act
    const event = parseReportEvent({ executionId: 'run-1', discovery, results: [summary, failed] });

    // Assess
    expect(event.results).toHaveLength(2);
    expect(event.discovery).toEqual(discovery);
  });

  it('rejects a result that is neither a summary nor a FAILED record', () => {
    // Prepare
    const results = [summary, { status: 'SUCCEEDED', objects: -1 }];

    // Act / Assess
    expect(() => parseReportEvent({ executionId: 'run-1', discovery, results })).toThrow(/results\[1\]/);
  });

  it('rejects a missing results array', () => {
    // Act / Assess
    expect(() => parseReportEvent({ executionId: 'run-1', discovery })).toThrow(/results/);
  });

  it('rejects discovery totals that are not counts', () => {
    // Prepare
    const broken = { ...discovery, totalObjects: 1.5 };

    // Act / Assess
    expect(() => parseReportEvent({ executionId: 'run-1', discovery: broken, results: [] })).toThrow(/totalObjects/);
  });
});
