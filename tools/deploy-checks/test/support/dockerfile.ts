export interface Instruction {
  keyword: string;
  /** The text after the keyword, continuation lines joined. */
  args: string;
}

export interface Stage {
  /** The FROM line's image (possibly `${ARG}`) and its name after AS. */
  from: string;
  name?: string;
  instructions: Instruction[];
}

export interface Dockerfile {
  /** ARG lines before the first FROM, with their defaults. */
  globalArgs: Record<string, string | undefined>;
  stages: Stage[];
}

/** A small Dockerfile reader: comments dropped, `\` continuations joined, grouped by stage. */
export function parseDockerfile(text: string): Dockerfile {
  const logical: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || line === '') {
      if (current === '') continue;
      // A comment inside a continued instruction is skipped, as Docker does.
      if (line.startsWith('#')) continue;
    }
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1).trim()} `;
      continue;
    }
    logical.push((current + line).trim());
    current = '';
  }
  if (current.trim()) logical.push(current.trim());

  const dockerfile: Dockerfile = { globalArgs: {}, stages: [] };
  for (const line of logical.filter(Boolean)) {
    const [, keyword, args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const upper = keyword.toUpperCase();
    if (upper === 'FROM') {
      const parts = args.split(/\s+/).filter((part) => !part.startsWith('--'));
      const asIndex = parts.findIndex((part) => part.toUpperCase() === 'AS');
      dockerfile.stages.push({
        from: parts[0],
        name: asIndex >= 0 ? parts[asIndex + 1] : undefined,
        instructions: [],
      });
    } else if (dockerfile.stages.length === 0) {
      if (upper === 'ARG') {
        const [name, value] = args.split('=');
        dockerfile.globalArgs[name] = value;
      }
    } else {
      dockerfile.stages[dockerfile.stages.length - 1].instructions.push({ keyword: upper, args });
    }
  }
  return dockerfile;
}

/** The image a stage starts from, with `${ARG}` replaced by the global ARG's default. */
export function baseImage(dockerfile: Dockerfile, stage: Stage): string {
  return stage.from.replace(/\$\{?(\w+)\}?/g, (_, name: string) => {
    const value = dockerfile.globalArgs[name];
    if (value === undefined) throw new Error(`ARG ${name} has no default`);
    return value;
  });
}

export function finalStage(dockerfile: Dockerfile): Stage {
  return dockerfile.stages[dockerfile.stages.length - 1];
}

export function instructions(stage: Stage, keyword: string): string[] {
  return stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);
}

/** The last value of an instruction in a stage (USER, WORKDIR, CMD…), or undefined. */
export function last(stage: Stage, keyword: string): string | undefined {
  const all = instructions(stage, keyword);
  return all[all.length - 1];
}

/** `["node", "dist/main.js"]` → `node dist/main.js`; shell form is returned as written. */
export function execForm(args: string): string {
  const trimmed = args.trim();
  if (!trimmed.startsWith('[')) return trimmed;
  return (JSON.parse(trimmed) as string[]).join(' ');
}

/** The HEALTHCHECK's command (after its --options and CMD), as exec-form words or shell text. */
export function healthcheckCommand(args: string): string {
  const match = /^(?:--\S+\s+)*CMD\s+(.*)$/s.exec(args.trim());
  if (!match) return args.trim();
  return execForm(match[1]);
}
