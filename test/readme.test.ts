import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_TABLE, type ConfigRow } from '../agent/src/config.js';
import { DEFAULT_CONFIG, SETTINGS } from '../server/src/config.js';

// README's configuration tables are rendered from the settings tables in the
// code, so they cannot drift. After changing an option:
//   UPDATE_README=1 npx vitest run --project e2e readme

const readmePath = join(import.meta.dirname, '..', 'README.md');

function table(rows: readonly (readonly [variable: string, fallback: string, meaning: string])[]): string {
  const cell = (text: string): string => text.replaceAll('|', '\\|');
  return [
    '| variable | default | meaning |',
    '|---|---|---|',
    ...rows.map(([variable, fallback, meaning]) => `| \`${variable}\` | ${fallback === '' ? '(unset)' : `\`${cell(fallback)}\``} | ${cell(meaning)} |`),
  ].join('\n');
}

function serverTable(): string {
  return table(
    (Object.keys(SETTINGS) as (keyof typeof SETTINGS)[]).map((key) => [
      SETTINGS[key].env,
      String(DEFAULT_CONFIG[key]),
      SETTINGS[key].description,
    ]),
  );
}

function between(text: string, name: string): { start: number; end: number } {
  const open = `<!-- ${name}:start -->\n`;
  const start = text.indexOf(open) + open.length;
  const end = text.indexOf(`<!-- ${name}:end -->`);
  if (start < open.length || end < start) throw new Error(`README.md lacks the ${name} markers`);
  return { start, end };
}

function agentTable(): string {
  const shown = (value: ConfigRow['default']): string => {
    if (value === undefined) return '';
    if (typeof value === 'object') return Object.keys(value).length === 0 ? '' : JSON.stringify(value);
    return String(value);
  };
  return table(CONFIG_TABLE.map((row) => [row.variable, shown(row.default), `${row.description} Accepts ${row.accepts}.`]));
}

const sections: Record<string, () => string> = { 'server-config': serverTable, 'agent-config': agentTable };

describe('README', () => {
  it('documents every configuration variable as the code defines it', () => {
    let readme = readFileSync(readmePath, 'utf8');
    for (const [name, render] of Object.entries(sections)) {
      const { start, end } = between(readme, name);
      const expected = `${render()}\n`;
      if (process.env.UPDATE_README === '1') readme = readme.slice(0, start) + expected + readme.slice(end);
      else expect(readme.slice(start, end), `README ${name} table is stale`).toBe(expected);
    }
    if (process.env.UPDATE_README === '1') writeFileSync(readmePath, readme);
  });
});
