import { asRecord, renderTexts } from '../support/values';
import type { PolicyGroup } from './policies';

const ALIAS = `arn:\${AWS::Partition}:s3:::\${S3AccessPointAlias}`;
const ACCESS_POINT = `arn:\${AWS::Partition}:s3:\${AWS::Region}:\${AWS::AccountId}:accesspoint/\${S3AccessPointName}`;

const FORMS = [
  { name: 'alias', level: 'bucket', test: /s3:::\$\{S3AccessPointAlias\}$/, example: ALIAS },
  { name: 'alias', level: 'object', test: /s3:::\$\{S3AccessPointAlias\}\/.+$/, example: `${ALIAS}/*` },
  { name: 'access point ARN', level: 'bucket', test: /:accesspoint\/\$\{S3AccessPointName\}$/, example: ACCESS_POINT },
  {
    name: 'access point ARN',
    level: 'object',
    test: /:accesspoint\/\$\{S3AccessPointName\}\/object\/.+$/,
    example: `${ACCESS_POINT}/object/*`,
  },
] as const;

const S3_TEMPLATES = new Set(['S3ReadPolicy', 'S3WritePolicy', 'S3CrudPolicy', 'S3FullAccessPolicy']);

/** The resource ARNs a policy group grants, as Sub-style text (SAM S3 policy templates expanded). */
function grantedResources(group: PolicyGroup): string[] {
  const resources = group.statements.flatMap(({ statement }) => renderTexts(statement.Resource));
  for (const { name, args } of group.samTemplates) {
    if (!S3_TEMPLATES.has(name)) continue;
    for (const bucket of renderTexts(asRecord(args).BucketName)) {
      resources.push(`arn:\${AWS::Partition}:s3:::${bucket}`, `arn:\${AWS::Partition}:s3:::${bucket}/*`);
    }
  }
  return resources;
}

/**
 * S3 access points are authorised against both ARN forms, so a policy naming one form of the input access point
 * must name the other at the same level (bucket or object). Returns a message per missing form.
 */
export function missingAccessPointForms(group: PolicyGroup): string[] {
  const resources = grantedResources(group);
  const present = FORMS.map((form) => resources.some((resource) => form.test.test(resource)));
  const messages: string[] = [];
  FORMS.forEach((form, index) => {
    const partner = FORMS.findIndex((other) => other.level === form.level && other.name !== form.name);
    const partnerForm = FORMS[partner];
    if (present[index] && !present[partner] && partnerForm) {
      messages.push(
        `grants the input access point by its ${form.name} (${form.level} level) but not by its ${partnerForm.name}: add ${partnerForm.example}`,
      );
    }
  });
  return messages;
}
