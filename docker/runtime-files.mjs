// Collects what one app needs at run time from a built workspace: its package.json and dist/, and
// the same for every workspace package it depends on through `dependencies` (recursively; never
// devDependencies, so test helpers stay out of the image). The Dockerfiles copy the result over a
// production-only `npm ci`, so the image follows the dependency graph without a hand-kept list.
//
//   node docker/runtime-files.mjs <package name> <out dir>   copy into <out dir>, same layout
//   node docker/runtime-files.mjs <package name> --list      print the package folders, one a line
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Workspace folders (relative to the root) by package name, from the root "workspaces" globs. */
export function workspacePackages(workspaceRoot = root) {
  const byName = new Map();
  for (const pattern of readJson(join(workspaceRoot, 'package.json')).workspaces ?? []) {
    const folders = pattern.endsWith('/*')
      ? readdirSync(join(workspaceRoot, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => `${pattern.slice(0, -2)}/${entry.name}`)
      : [pattern];
    for (const folder of folders) {
      const manifest = join(workspaceRoot, folder, 'package.json');
      if (existsSync(manifest)) byName.set(readJson(manifest).name, folder);
    }
  }
  return byName;
}

/** The app's folder first, then the folders of the workspace packages it needs at run time. */
export function runtimeFolders(packageName, workspaceRoot = root) {
  const byName = workspacePackages(workspaceRoot);
  if (!byName.has(packageName)) throw new Error(`${packageName} is not a workspace package`);
  const folders = [];
  const visit = (name) => {
    const folder = byName.get(name);
    if (folders.includes(folder)) return;
    folders.push(folder);
    const { dependencies = {} } = readJson(join(workspaceRoot, folder, 'package.json'));
    for (const dependency of Object.keys(dependencies))
      if (byName.has(dependency)) visit(dependency);
  };
  visit(packageName);
  return folders;
}

function main([packageName, target]) {
  if (!packageName || !target) {
    console.error('usage: node docker/runtime-files.mjs <package name> <out dir | --list>');
    process.exit(2);
  }
  const folders = runtimeFolders(packageName);
  if (target === '--list') {
    console.log(folders.join('\n'));
    return;
  }
  for (const folder of folders) {
    const dist = join(root, folder, 'dist');
    if (!existsSync(dist)) {
      console.error(`${folder}/dist is missing: build ${packageName} with Nx first.`);
      process.exit(1);
    }
    mkdirSync(join(target, folder), { recursive: true });
    cpSync(join(root, folder, 'package.json'), join(target, folder, 'package.json'));
    cpSync(dist, join(target, folder, 'dist'), { recursive: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
