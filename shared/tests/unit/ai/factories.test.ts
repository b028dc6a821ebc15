import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { ComprehendClient } from '@aws-sdk/client-comprehend';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import { TextractClient } from '@aws-sdk/client-textract';
import { mockClient } from 'aws-sdk-client-mock';
import {
  BedrockTextGenerator,
  ComprehendEntityExtractor,
  createDocumentOcr,
  createEntityExtractor,
  createImageLabeler,
  createTextGenerator,
  DemoDocumentOcr,
  DemoEntityExtractor,
  DemoImageLabeler,
  DemoTextGenerator,
  RekognitionImageLabeler,
  TextractDocumentOcr,
} from '../../../src/ai';
import { ConfigError } from '../../../src/errors';

const bedrock = mockClient(BedrockRuntimeClient);
const textract = mockClient(TextractClient);

describe('adapter factories', () => {
  beforeEach(() => {
    bedrock.reset();
    textract.reset();
  });

  it('choose the Demo adapters when DEMO_MODE is true', () => {
    // Prepare
    const env = { DEMO_MODE: 'true' };

    // Act
    const adapters = [
      createTextGenerator({ env }),
      createImageLabeler({ env }),
      createDocumentOcr({ env }),
      createEntityExtractor({ env }),
    ];

    // Assess
    expect(adapters[0]).toBeInstanceOf(DemoTextGenerator);
    expect(adapters[1]).toBeInstanceOf(DemoImageLabeler);
    expect(adapters[2]).toBeInstanceOf(DemoDocumentOcr);
    expect(adapters[3]).toBeInstanceOf(DemoEntityExtractor);
  });

  it('choose the SDK adapters otherwise', () => {
    // Prepare
    const env = { DEMO_MODE: 'false', BEDROCK_MODEL_ID: 'apac.amazon.nova-lite-v1:0' };

    // Act
    const adapters = [
      createTextGenerator({ env }),
      createImageLabeler({ env, client: new RekognitionClient({}) }),
      createDocumentOcr({ env, client: new TextractClient({}) }),
      createEntityExtractor({ env, client: new ComprehendClient({}) }),
    ];

    // Assess
    expect(adapters[0]).toBeInstanceOf(BedrockTextGenerator);
    expect((adapters[0] as BedrockTextGenerator).modelId).toBe('apac.amazon.nova-lite-v1:0');
    expect(adapters[1]).toBeInstanceOf(RekognitionImageLabeler);
    expect(adapters[2]).toBeInstanceOf(TextractDocumentOcr);
    expect(adapters[3]).toBeInstanceOf(ComprehendEntityExtractor);
  });

  it('build the Textract client in TEXTRACT_REGION when set', async () => {
    // Prepare, Act
    await createDocumentOcr({ env: { TEXTRACT_REGION: 'us-west-2' } })
      .analyze({ bytes: Uint8Array.of(1) })
      .catch(() => undefined);
    const region = await textract.call(0).thisValue.config.region();

    // Assess
    expect(region).toBe('us-west-2');
  });

  it('use the client they are given', async () => {
    // Prepare
    const client = new BedrockRuntimeClient({});
    bedrock.on(ConverseCommand).resolves({ output: { message: { role: 'assistant', content: [{ text: 'hi' }] } } });
    const generator = createTextGenerator({ env: { BEDROCK_MODEL_ID: 'm' }, client });

    // Act
    await generator.generate({ prompt: 'p' });

    // Assess
    expect(bedrock.call(0).thisValue).toBe(client);
  });

  it('reject a missing BEDROCK_MODEL_ID outside DemoMode with a ConfigError naming it', () => {
    // Prepare
    const env = { DEMO_MODE: 'false' };

    // Act
    const act = () => createTextGenerator({ env });

    // Assess
    expect(act).toThrow(ConfigError);
    expect(act).toThrow(/BEDROCK_MODEL_ID/);
  });

  it('reject a malformed DEMO_MODE with a ConfigError', () => {
    // Prepare, Act
    const act = () => createImageLabeler({ env: { DEMO_MODE: 'sometimes' } });

    // Assess
    expect(act).toThrow(/DEMO_MODE/);
  });
});
