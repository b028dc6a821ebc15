/** The generated package.json and pattern.json of a new pattern. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../template';
import { type Category, patternId, patternTitle } from './naming';

/** The dependency ranges a pattern shares with the workspace, read from shared/ and scripts/. */
export interface WorkspaceVersions {
  shared: Record<string, string>;
  tools: Record<string, string>;
}

function dependencyRanges(file: string): Record<string, string> {
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  return { ...pkg.dependencies, ...pkg.devDependencies };
}

/** Reads the ranges from the repository at `root`. */
export function readWorkspaceVersions(root = REPO_ROOT): WorkspaceVersions {
  return {
    shared: dependencyRanges(path.join(root, 'shared', 'package.json')),
    tools: dependencyRanges(path.join(root, 'scripts', 'package.json')),
  };
}

function range(ranges: Record<string, string>, name: string, where: string): string {
  const value = ranges[name];
  if (value === undefined) throw new Error(`${where}/package.json does not declare ${name}; the scaffold needs it`);
  return value;
}

/** package.json: runtime code depends on the shared kernel; the toolchain is dev-only. */
export function renderPackageJson(category: Category, name: string, versions: WorkspaceVersions): string {
  const pkg = {
    name: `@fsxn-s3ap/${category}-${name}`,
    version: '0.1.0',
    private: true,
    description: `${patternId(category, name)} ${patternTitle(name)}: file inventory of an S3 Access Point prefix`,
    license: 'MIT-0',
    dependencies: {
      '@fsxn-s3ap/shared': 'workspace:*',
    },
    devDependencies: {
      '@aws-sdk/client-s3': range(versions.shared, '@aws-sdk/client-s3', 'shared'),
      '@fsxn-s3ap/tools': 'workspace:*',
      'aws-sdk-client-mock': range(versions.shared, 'aws-sdk-client-mock', 'shared'),
      'aws-sdk-client-mock-jest': range(versions.shared, 'aws-sdk-client-mock-jest', 'shared'),
      esbuild: range(versions.tools, 'esbuild', 'scripts'),
      'fast-check': range(versions.shared, 'fast-check', 'shared'),
    },
    jest: { setupFilesAfterEnv: ['aws-sdk-client-mock-jest'] },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** pattern.json: the catalog entry, checked against scripts/pattern.schema.json. */
export function renderPatternJson(category: Category, name: string): string {
  const metadata = {
    id: patternId(category, name),
    title: `${patternTitle(name)}: file inventory`,
    category,
    summary:
      'Inventories every file under an S3 Access Point prefix: content type from magic bytes, SHA-256, line and ' +
      'word counts for text, one result per file and a report of totals by type.',
    trigger: 'EventBridge Scheduler, FPolicy file events, or both (TriggerMode)',
    services: [
      'FSx for NetApp ONTAP',
      'S3 Access Points',
      'Step Functions',
      'Lambda',
      'EventBridge Scheduler',
      'EventBridge',
      'S3',
      'SNS',
      'SQS',
    ],
    parameters: {
      S3AccessPointAlias: { description: 'Alias of the input access point (ends in -ext-s3alias)' },
      S3AccessPointName: { description: 'Name of the input access point (required: IAM grants its ARN form too)' },
      InputPrefix: { description: 'Key prefix to inventory; empty lists the whole access point', default: '' },
      SuffixFilter: { description: 'Comma-separated key suffixes to keep; empty keeps all', default: '' },
      ScheduleExpression: { description: 'When the inventory runs (POLLING, HYBRID)', default: 'rate(1 day)' },
      TriggerMode: {
        description: 'POLLING (schedule), EVENT_DRIVEN (FPolicy file events) or HYBRID (both)',
        default: 'POLLING',
      },
      FPolicyEventBusName: {
        description: 'Event bus of the event-driven/fpolicy stack (EVENT_DRIVEN, HYBRID)',
        default: 'fsxn-fpolicy-events',
      },
      MapConcurrency: { description: 'Objects processed in parallel (1-40)', default: '10' },
    },
    demo: {
      dataDir: 'demo-data',
      events: 'events',
      description: 'Five small files: text, CSV, JSON, a 2x2 PNG and a Latin-1 (non-UTF-8) text.',
    },
  };
  return `${JSON.stringify(metadata, null, 2)}\n`;
}
