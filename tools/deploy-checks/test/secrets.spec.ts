import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPackageJson, readRepoFile, repoPath } from './support/repo';

const SECRETLINT = repoPath('node_modules', '.bin', 'secretlint');

/** secretlint with the repository's configuration on one file of a scratch folder. */
function scan(fileName: string, content: string) {
  const dir = mkdtempSync(join(tmpdir(), 'seraph-secretlint-'));
  try {
    writeFileSync(join(dir, fileName), content);
    const result = spawnSync(
      SECRETLINT,
      [fileName, '--secretlintrc', repoPath('.secretlintrc.json'), '--no-color'],
      { cwd: dir, encoding: 'utf8', timeout: 30_000 },
    );
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Made up at run time, so no key-shaped text is ever committed — not even in this test. */
function fakeAwsSecret(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+';
  return [...randomBytes(40)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

describe('the secret scanner (secretlint)', () => {
  it('runs in npm test right after the service preflight', () => {
    const test = readPackageJson().scripts?.test ?? '';
    expect(test).toMatch(/^node scripts\/preflight\.mjs test && secretlint "\*\*\/\*" && /);
  });

  it('uses the recommended rule preset', () => {
    const config = JSON.parse(readRepoFile('.secretlintrc.json')) as { rules: { id: string }[] };
    expect(config.rules.map((rule) => rule.id)).toContain(
      '@secretlint/secretlint-rule-preset-recommend',
    );
  });

  it('skips only installed, generated and git-ignored files', () => {
    const ignore = readRepoFile('.secretlintignore');
    for (const pattern of ['**/node_modules/**', '**/dist/**', '.nx/**', 'package-lock.json']) {
      expect(ignore).toContain(pattern);
    }
    // The example is committed, so it is scanned.
    expect(ignore).toContain('!.env.dev.example');
  });

  it('fails on an AWS secret access key', () => {
    const key = `${'AWS_SECRET_ACCESS_KEY'}="${fakeAwsSecret()}"\n`;
    const result = scan('settings.env', key);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/AWSSecretAccessKey/);
  });

  it('fails on a private key block', () => {
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 1024,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const result = scan('deploy-key.txt', `an accidental paste:\n${privateKey}`);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/PrivateKey/);
  });

  it('passes a file of placeholders, like .env.dev.example', () => {
    const result = scan('.env.dev.example', readRepoFile('.env.dev.example'));
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('keeps .env.dev.example to placeholders: no token, key or password values', () => {
    const values = readRepoFile('.env.dev.example')
      .split('\n')
      .filter((line) => /^[A-Z][A-Z0-9_]*=/.test(line))
      .map((line) => line.split('=') as [string, string]);
    for (const [name, value] of values) {
      if (/TOKEN|KEY|SECRET|PASSWORD/.test(name)) expect(`${name}=${value}`).toBe(`${name}=`);
      // No credentials inside connection URLs either.
      expect(value).not.toMatch(/:\/\/[^/@:]+:[^/@]+@/);
    }
  });
});
