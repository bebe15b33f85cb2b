import { readdirSync } from 'node:fs';
import { configVariables, readRepoFile, repoPath } from './support/repo';

/** The text of a `## Title` section of a Markdown file, up to the next `## `. */
function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`no "## ${title}" section`);
  const next = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, next < 0 ? undefined : next);
}

const codeBlocks = (markdown: string) =>
  [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1].trim());

describe('README.md', () => {
  const readme = readRepoFile('README.md');

  it('keeps the Quick start to its two commands', () => {
    expect(codeBlocks(section(readme, 'Quick start'))).toEqual(['npm ci && npm start', 'npm test']);
  });

  it('runs Seraph with Docker in two commands, plus the production command', () => {
    const docker = section(readme, 'Docker');
    const blocks = codeBlocks(docker);
    expect(blocks[0]).toBe('cp .env.dev.example .env.dev\ndocker compose up');
    expect(blocks.some((b) => b.includes('docker compose -f docker-compose.prod.yaml'))).toBe(true);
  });

  it('documents every variable the apps and compose files read', () => {
    const documented = `${readme}\n${readRepoFile('.env.dev.example')}`;
    const configDirs = ['api', 'worker'].map((app) => ['apps', app, 'src', 'config']);
    const fromConfig = configDirs.flatMap((dir) =>
      readdirSync(repoPath(...dir))
        .filter((name) => name.endsWith('.ts') && !name.includes('.spec.'))
        .flatMap((name) => configVariables(readRepoFile(...dir, name))),
    );
    const fromCompose = ['docker-compose.yaml', 'docker-compose.prod.yaml'].flatMap((file) =>
      [...readRepoFile(file).matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]),
    );
    const variables = [...new Set([...fromConfig, ...fromCompose])];
    expect(variables).toEqual(
      expect.arrayContaining(['DATABASE_URL', 'REDIS_URL', 'POSTGRES_PASSWORD']),
    );
    const missing = variables.filter((name) => !new RegExp(`\\b${name}\\b`).test(documented));
    expect(missing).toEqual([]);
  });
});

describe('docker/README.md', () => {
  const notes = readRepoFile('docker', 'README.md');

  it('explains the base images and the limits', () => {
    expect(notes).toMatch(/node:20-bookworm-slim/);
    expect(notes).toMatch(/nginx-unprivileged/);
    expect(notes).toMatch(/## .*[Ll]imits/);
    expect(notes).toMatch(/noeviction/);
  });
});
