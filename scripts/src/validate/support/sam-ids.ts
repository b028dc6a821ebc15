import type { Template } from '../../template';
import { asRecord } from './values';

/** Logical ids SAM generates from a template, which `Ref`, `Fn::GetAtt` and `DependsOn` may name. */
export function samGeneratedIds(template: Template): Set<string> {
  const ids = new Set<string>();
  let hasApiEvent = false;
  let hasHttpApiEvent = false;
  for (const [id, resource] of Object.entries(template.body.Resources)) {
    const properties = asRecord(resource.Properties);
    const type = resource.Type;
    if (type === 'AWS::Serverless::Function' || type === 'AWS::Serverless::StateMachine') {
      if (properties.Role === undefined) ids.add(`${id}Role`);
      for (const [event, definition] of Object.entries(asRecord(properties.Events))) {
        const eventType = asRecord(definition).Type;
        hasApiEvent ||= eventType === 'Api';
        hasHttpApiEvent ||= eventType === 'HttpApi';
        ids.add(`${id}${event}`);
        ids.add(`${id}${event}Permission`);
        ids.add(`${id}${event}Role`);
        ids.add(`${id}${event}Queue`);
        ids.add(`${id}${event}QueuePolicy`);
      }
    }
    if (type === 'AWS::Serverless::Function') {
      for (const suffix of ['.Version', '.Alias', 'Version', 'Url', 'UrlPublicPermissions', 'EventInvokeConfig']) {
        ids.add(`${id}${suffix}`);
      }
      if (typeof properties.AutoPublishAlias === 'string') ids.add(`${id}Alias${properties.AutoPublishAlias}`);
    }
    if (type === 'AWS::Serverless::Api' || type === 'AWS::Serverless::HttpApi') {
      for (const suffix of ['.Stage', '.Deployment', '.DomainName', 'Stage', 'Deployment']) ids.add(`${id}${suffix}`);
    }
  }
  if (hasApiEvent) ids.add('ServerlessRestApi');
  if (hasHttpApiEvent) ids.add('ServerlessHttpApi');
  return ids;
}
