// Search and function highlighting: which frames match, and how much of the
// total they account for (a match inside another match is not counted twice).
import type { FrameRef } from '@flamehouse/proto';
import type { FlameLayout } from './layout.js';

export type FrameMatcher = (frame: FrameRef) => boolean;

/** Case-insensitive substring of the name or file; `/regex/` for a pattern. Undefined for an empty query. */
export function createMatcher(query: string): FrameMatcher | undefined {
  const trimmed = query.trim();
  if (trimmed === '') return undefined;
  const pattern = /^\/(.+)\/(i?)$/.exec(trimmed);
  if (pattern) {
    try {
      const regex = new RegExp(pattern[1]!, pattern[2]);
      return (frame) => regex.test(frame.name) || regex.test(frame.file);
    } catch {
      // Not a valid pattern: search for the text as typed.
    }
  }
  const needle = trimmed.toLowerCase();
  return (frame) => frame.name.toLowerCase().includes(needle) || frame.file.toLowerCase().includes(needle);
}

/** Exactly one function: the same name in the same file. */
export function functionMatcher(fn: FrameRef): FrameMatcher {
  return (frame) => frame.name === fn.name && frame.file === fn.file;
}

export interface MatchResult {
  /** 1 for each matching node index. */
  readonly marks: Uint8Array;
  readonly nodeCount: number;
  /** Distinct functions (name and file) among the matches. */
  readonly functionCount: number;
  /** Value under matching frames, each stack counted once. */
  readonly value: number;
}

export function markMatches(layout: FlameLayout, matcher: FrameMatcher): MatchResult {
  const marks = new Uint8Array(layout.count);
  // covered[i]: some ancestor of i (or i) matches, so i's value is already counted.
  const covered = new Uint8Array(layout.count);
  const functions = new Set<string>();
  let nodeCount = 0;
  let value = 0;
  // Index 0 is the synthetic root ("total"), which never matches.
  for (let i = 1; i < layout.count; i++) {
    const node = layout.nodes[i]!;
    const parentCovered = covered[layout.parent[i]!] === 1;
    if (matcher(node)) {
      marks[i] = 1;
      nodeCount++;
      functions.add(`${node.name}\u0000${node.file}`);
      if (!parentCovered) value += layout.total[i]!;
      covered[i] = 1;
    } else if (parentCovered) covered[i] = 1;
  }
  return { marks, nodeCount, functionCount: functions.size, value };
}
