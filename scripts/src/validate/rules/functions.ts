import { existsSync } from 'node:fs';
import path from 'node:path';
import { STANDARD_BUILD_PROPERTIES } from '../../sam-build/standard-properties';
import { listFunctions, type SamFunction } from '../../template';
import { isWiredToXRay, XRAY_PARAMETER } from '../support/tracing';
import { asRecord, isRecord } from '../support/values';
import { type CfnValue, createReporter, type Reporter, type Rule, type Template } from '../types';

/** The esbuild BuildProperties every function uses (see the SAM build contract in the README). */
const BUILD_PROPERTIES = STANDARD_BUILD_PROPERTIES;

function same(a: CfnValue | undefined, b: CfnValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function checkBuild(report: Reporter, fn: SamFunction): void {
  const metadata = asRecord(fn.metadata);
  if (metadata.BuildMethod !== 'esbuild')
    report.error('Metadata.BuildMethod must be esbuild', fn.logicalId, 'Metadata');
  const build = metadata.BuildProperties;
  if (!isRecord(build)) {
    report.error('Metadata.BuildProperties is missing', fn.logicalId, 'Metadata.BuildProperties');
    return;
  }
  for (const [key, expected] of Object.entries(BUILD_PROPERTIES)) {
    if (!same(build[key], expected)) {
      report.error(
        `BuildProperties.${key} must be ${JSON.stringify(expected)}`,
        fn.logicalId,
        `Metadata.BuildProperties.${key}`,
      );
    }
  }
  for (const key of Object.keys(build)) {
    if (key === 'Packages') {
      report.error('BuildProperties.Packages would leave @fsxn-s3ap/shared out of the bundle', fn.logicalId);
    } else if (!(key in BUILD_PROPERTIES)) {
      report.error(
        `BuildProperties.${key} is not part of the build contract`,
        fn.logicalId,
        `Metadata.BuildProperties.${key}`,
      );
    }
  }
}

function checkCode(report: Reporter, template: Template, fn: SamFunction): void {
  const codeUri = fn.codeUri?.replace(/^\.\//, '').replace(/\/$/, '');
  if (!codeUri?.startsWith('src/functions/')) {
    report.error(`CodeUri ${fn.codeUri ?? '(none)'} must be src/functions/<name>`, fn.logicalId, 'Properties.CodeUri');
    return;
  }
  const dir = path.join(template.dir, codeUri);
  if (!existsSync(path.join(dir, 'index.ts'))) {
    report.error(`${codeUri}/index.ts does not exist`, fn.logicalId, 'Properties.CodeUri');
  }
  if (existsSync(path.join(dir, 'package.json'))) {
    report.error(`${codeUri} has a package.json: sam build would run npm install there`, fn.logicalId);
  }
}

function checkRuntime(report: Reporter, fn: SamFunction): void {
  const { properties, logicalId } = fn;
  if (fn.handler !== 'index.handler') report.error('Handler must be index.handler', logicalId, 'Properties.Handler');
  if (fn.runtime !== 'nodejs22.x') report.error('Runtime must be nodejs22.x', logicalId, 'Properties.Runtime');
  if (!same(properties.Architectures, ['arm64'])) {
    report.error('Architectures must be [arm64]', logicalId, 'Properties.Architectures');
  }
}

/** Every SAM function follows the build contract and runtime settings, and its tracing follows EnableXRayTracing. */
export const functionsRule: Rule = {
  id: 'functions',
  summary: 'SAM functions: esbuild build contract, src/functions CodeUri, nodejs22.x, arm64, X-Ray from a parameter',
  check(context) {
    const { template, source } = context;
    const report = createReporter('functions', template.file);
    const sourceFunctions = new Map(listFunctions(source).map((fn) => [fn.logicalId, fn]));
    const hasParameter = XRAY_PARAMETER in (source.body.Parameters ?? {});
    for (const fn of listFunctions(template)) {
      checkBuild(report, fn);
      checkCode(report, template, fn);
      checkRuntime(report, fn);
      const tracing = sourceFunctions.get(fn.logicalId)?.properties.Tracing;
      if (!hasParameter || !isWiredToXRay(source, tracing, 'Active', 'PassThrough')) {
        report.error(`Tracing must be !If [<condition on ${XRAY_PARAMETER}>, Active, PassThrough]`, fn.logicalId);
      }
    }
    for (const [id, resource] of Object.entries(source.body.Resources)) {
      if (resource.Type !== 'AWS::Serverless::StateMachine' || !(id in template.body.Resources)) continue;
      const enabled = asRecord(asRecord(resource.Properties).Tracing).Enabled;
      if (!hasParameter || !isWiredToXRay(source, enabled, true, false)) {
        report.error(
          `Tracing.Enabled must be !If [<condition on ${XRAY_PARAMETER}>, true, false]`,
          id,
          'Properties.Tracing',
        );
      }
    }
    return report.findings;
  },
};
