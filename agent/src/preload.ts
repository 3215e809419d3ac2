import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Whether Node loaded `mod` as a preload (--require or --import, given on
 * the command line or in NODE_OPTIONS) rather than application code asking
 * for it. Node marks --require'd modules with the parent `internal/preload`;
 * an --import'ed CommonJS module has no parent at all, as it has when
 * imported from application code, so for --import the flags are read.
 */
export function isPreloaded(mod: NodeJS.Module): boolean {
  if (mod.parent?.id === 'internal/preload') return true;
  const args = [...process.execArgv, ...splitNodeOptions(process.env.NODE_OPTIONS ?? '')];
  return importSpecifiers(args).some((specifier) => resolvesTo(specifier, mod.filename));
}

/** Splits NODE_OPTIONS as Node does: on spaces, with double quotes and backslash escapes. */
export function splitNodeOptions(text: string): string[] {
  const args: string[] = [];
  let current: string | undefined;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted && char === '\\' && i + 1 < text.length) {
      current = (current ?? '') + text.charAt(++i);
    } else if (char === '"') {
      quoted = !quoted;
      current ??= '';
    } else if (char === ' ' && !quoted) {
      if (current !== undefined) args.push(current);
      current = undefined;
    } else {
      current = (current ?? '') + char;
    }
  }
  if (current !== undefined) args.push(current);
  return args;
}

export function importSpecifiers(args: readonly string[]): string[] {
  const specifiers: string[] = [];
  args.forEach((arg, i) => {
    const next = args[i + 1];
    if (arg === '--import' && next !== undefined) specifiers.push(next);
    else if (arg.startsWith('--import=')) specifiers.push(arg.slice('--import='.length));
  });
  return specifiers;
}

/** Resolves as Node resolves preloads: from the working directory. */
function resolvesTo(specifier: string, filename: string): boolean {
  try {
    const path = specifier.startsWith('file:')
      ? fileURLToPath(specifier)
      : require.resolve(specifier, { paths: [process.cwd()] });
    return realpathSync(path) === realpathSync(filename);
  } catch {
    return false;
  }
}
