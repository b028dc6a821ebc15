import { eventFromEntry, type LocalRule, routeEvent } from '../../src/local/event-sources/event-bus';

const rules: LocalRule[] = [
  {
    name: 'ObjectCreated',
    pattern: { source: ['aws.s3'], 'detail-type': ['Object Created'] },
    targets: [{ arn: 'arn:aws:states:us-east-1:0:stateMachine:wf', inputPath: '$.detail' }],
  },
  {
    name: 'JobDone',
    pattern: { source: ['aws.sagemaker'], detail: { TransformJobStatus: ['Completed'] } },
    targets: [{ arn: 'arn:aws:lambda:us-east-1:0:function:callback', input: '{"fixed":true}' }],
  },
];

describe('routeEvent', () => {
  it('sends a matching event to its targets with InputPath applied', () => {
    // Prepare
    const event = eventFromEntry({
      Source: 'aws.s3',
      DetailType: 'Object Created',
      Detail: '{"object":{"key":"a.txt"}}',
    });
    // Act
    const routes = routeEvent(rules, event);
    // Assess
    expect(routes).toEqual([
      { rule: 'ObjectCreated', arn: 'arn:aws:states:us-east-1:0:stateMachine:wf', input: { object: { key: 'a.txt' } } },
    ]);
  });

  it('gives a target its constant Input and routes nothing for an unmatched event', () => {
    // Prepare
    const done = eventFromEntry({
      Source: 'aws.sagemaker',
      DetailType: 'State Change',
      Detail: '{"TransformJobStatus":"Completed"}',
    });
    const failed = eventFromEntry({
      Source: 'aws.sagemaker',
      DetailType: 'State Change',
      Detail: '{"TransformJobStatus":"Failed"}',
    });
    // Act
    const routes = [routeEvent(rules, done), routeEvent(rules, failed)];
    // Assess
    expect(routes[0]?.map((route) => route.input)).toEqual([{ fixed: true }]);
    expect(routes[1]).toEqual([]);
  });
});
