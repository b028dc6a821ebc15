import path from 'node:path';
import { demoDataTest } from '@fsxn-s3ap/tools/testing';
import { demoFiles } from '../../scripts/generate-demo-data';

demoDataTest(path.resolve(__dirname, '../../demo-data'), demoFiles);
