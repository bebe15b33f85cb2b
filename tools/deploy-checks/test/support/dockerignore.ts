interface Rule {
  negated: boolean;
  pattern: RegExp;
}

/** One .dockerignore pattern as Docker reads it: relative to the context root, `**` any depth. */
function toRegExp(pattern: string): RegExp {
  const clean = pattern.replace(/^\/+/, '').replace(/\/+$/, '');
  let source = '';
  for (let i = 0; i < clean.length; i++) {
    const char = clean[i];
    if (char === '*' && clean[i + 1] === '*') {
      // "**/" matches zero or more folders; a trailing "**" matches everything below.
      if (clean[i + 2] === '/') {
        source += '(?:.*/)?';
        i += 2;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // A pattern that names a folder excludes everything inside it too.
  return new RegExp(`^${source}(?:/.*)?$`);
}

/** A matcher for a .dockerignore: the last matching rule wins, `!` re-includes. */
export function dockerignore(text: string): (path: string) => boolean {
  const rules: Rule[] = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negated = line.startsWith('!');
      return { negated, pattern: toRegExp(negated ? line.slice(1).trim() : line) };
    });
  return (path: string) => {
    let excluded = false;
    for (const rule of rules) if (rule.pattern.test(path)) excluded = !rule.negated;
    return excluded;
  };
}
