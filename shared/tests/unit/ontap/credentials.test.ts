import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { getOntapCredentials, OntapCredentialsError, parseOntapSecret } from '@fsxn-s3ap/shared/ontap';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';

const secrets = mockClient(SecretsManagerClient);

describe('parseOntapSecret', () => {
  it('reads username, password and an optional CA bundle', () => {
    // Prepare
    const text = JSON.stringify({ username: 'fsxadmin', password: 'pw', ca_bundle: '-----BEGIN CERTIFICATE-----' });

    // Act
    const credentials = parseOntapSecret(text, 'ontap-secret');

    // Assess
    expect(credentials).toEqual({ username: 'fsxadmin', password: 'pw', caBundle: '-----BEGIN CERTIFICATE-----' });
  });

  it.each([
    ['not json', 'Secret ontap-secret is not JSON'],
    ['[1]', 'Secret ontap-secret is not a JSON object'],
    ['{"password":"pw"}', 'Secret ontap-secret has no non-empty string field "username"'],
    ['{"username":"u","password":""}', 'Secret ontap-secret has no non-empty string field "password"'],
  ])('rejects %s', (text, message) => {
    // Act
    const parse = () => parseOntapSecret(text, 'ontap-secret');

    // Assess
    expect(parse).toThrow(OntapCredentialsError);
    expect(parse).toThrow(message);
  });

  it('never quotes the password in its errors', () => {
    // Act
    const parse = () => parseOntapSecret('{"username":"","password":"TopSecret!"}', 'ontap-secret');

    // Assess
    expect(parse).toThrow(/username/);
    expect(parse).not.toThrow(/TopSecret/);
  });
});

describe('getOntapCredentials', () => {
  beforeEach(() => {
    secrets.reset();
  });

  it('reads the secret by id', async () => {
    // Prepare
    secrets.on(GetSecretValueCommand).resolves({ SecretString: '{"username":"u","password":"p"}' });

    // Act
    const credentials = await getOntapCredentials({ secretId: 'arn:secret', client: new SecretsManagerClient({}) });

    // Assess
    expect(credentials).toEqual({ username: 'u', password: 'p' });
    expect(secrets).toHaveReceivedCommandWith(GetSecretValueCommand, { SecretId: 'arn:secret' });
  });

  it('wraps a Secrets Manager failure in OntapCredentialsError naming the secret', async () => {
    // Prepare
    secrets.on(GetSecretValueCommand).rejects(new Error('AccessDeniedException'));

    // Act
    const failure = getOntapCredentials({ secretId: 'arn:secret', client: new SecretsManagerClient({}) });

    // Assess
    await expect(failure).rejects.toThrow('Cannot read secret arn:secret: AccessDeniedException');
  });

  it('rejects a binary secret', async () => {
    // Prepare
    secrets.on(GetSecretValueCommand).resolves({ SecretBinary: new Uint8Array([1]) });

    // Act
    const failure = getOntapCredentials({ secretId: 'arn:secret', client: new SecretsManagerClient({}) });

    // Assess
    await expect(failure).rejects.toThrow(OntapCredentialsError);
  });
});
