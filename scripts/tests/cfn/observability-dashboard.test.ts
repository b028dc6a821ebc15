import path from 'node:path';
import { loadTemplate, REPO_ROOT } from '../../src/template';
import { contextFor, resolvedProperties } from './evaluate';

const template = loadTemplate(path.join(REPO_ROOT, 'shared/cfn/observability-dashboard.yaml'));
const arn = (name: string) => `arn:aws:states:eu-west-1:111122223333:stateMachine:${name}`;

interface Widget {
  type: string;
  properties: { title?: string; metrics?: { expression?: string }[][] };
}

function render(params: Record<string, string>): { widgets: Widget[] } {
  const properties = resolvedProperties(contextFor(template, params), 'Dashboard');
  return JSON.parse(String(properties?.DashboardBody)) as { widgets: Widget[] };
}

function expressions(body: { widgets: Widget[] }): string[] {
  return body.widgets.flatMap((widget) =>
    (widget.properties.metrics ?? []).flatMap((row) => row.flatMap((metric) => metric.expression ?? [])),
  );
}

/** The query inside SEARCH('...'), the part CloudWatch limits to 1,024 characters. */
function searchQueries(body: { widgets: Widget[] }): string[] {
  return expressions(body).flatMap((expression) =>
    [...expression.matchAll(/SEARCH\('(.*?)', '/g)].map((m) => m[1] ?? ''),
  );
}

describe('observability-dashboard.yaml', () => {
  it('renders valid JSON with only the cross-pattern totals when no pattern is listed', () => {
    // Prepare
    const params = {};

    // Act
    const body = render(params);

    // Assess
    expect(body.widgets.map((widget) => widget.properties.title ?? widget.type)).toEqual([
      'text',
      'Files processed (all patterns)',
      'Error rate % (ProcessingErrors / FilesProcessed)',
      'ProcessingDuration p50 / p90 / p99 (ms, worst pattern)',
    ]);
  });

  it('computes the error rate as ProcessingErrors / FilesProcessed from the EMF namespace', () => {
    // Prepare
    const params = { Environment: 'prod' };

    // Act
    const all = expressions(render(params));

    // Assess
    expect(all).toContain('IF(done > 0, 100 * errs / done, 0)');
    expect(all.find((expression) => expression.includes('"ProcessingErrors"'))).toContain(
      'SEARCH(\'{FSxN-S3AP-Patterns,Environment,FunctionName,UseCase} MetricName="ProcessingErrors" Environment="prod"\'',
    );
    expect(
      all.filter((expression) => expression.includes('ProcessingDuration')).map((e) => e.split("', '")[1]),
    ).toEqual(["p50', 300))", "p90', 300))", "p99', 300))"]);
  });

  it('draws one series per listed state machine and function', () => {
    // Prepare
    const params = {
      StateMachineArns: [arn('retail-catalog'), arn('legal-contracts'), arn('media-tags')].join(','),
      FunctionNames: 'catalog-discovery,catalog-tag-images',
    };

    // Act
    const body = render(params);
    const all = expressions(body);

    // Assess
    expect(body.widgets).toHaveLength(10);
    const failed = all.find((expression) => expression.includes('ExecutionsFailed'));
    expect(failed).toContain(
      `(StateMachineArn="${arn('retail-catalog')}" OR StateMachineArn="${arn('legal-contracts')}" OR StateMachineArn="${arn('media-tags')}")`,
    );
    expect(all.find((expression) => expression.includes('"Errors"'))).toContain(
      '(FunctionName="catalog-discovery" OR FunctionName="catalog-tag-images")',
    );
  });

  it('adds the Kinesis and SageMaker widgets only when asked', () => {
    // Prepare
    const params = { KinesisStreamNames: 'catalog-changes', EnableSageMakerWidgets: 'true' };

    // Act
    const titles = render(params).widgets.map((widget) => widget.properties.title);

    // Assess
    expect(titles).toEqual(
      expect.arrayContaining([
        'Kinesis iterator age max (ms)',
        'Kinesis incoming records',
        'SageMaker Batch Transform CPU %',
      ]),
    );
    expect(titles).toHaveLength(8);
  });

  it('keeps every search query within 1,024 characters for nine state machines', () => {
    // Prepare
    const names = Array.from({ length: 9 }, (_, index) => `fsxn-s3ap-pattern-${index}-workflow`);
    const params = { StateMachineArns: names.map(arn).join(',') };

    // Act
    const lengths = searchQueries(render(params)).map((query) => query.length);

    // Assess
    expect(Math.max(...lengths)).toBeLessThanOrEqual(1024);
  });
});
