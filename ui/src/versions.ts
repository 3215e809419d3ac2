// Which two versions a diff compares by default: the one before the newest,
// against the newest. Semver orders them when every value parses; otherwise
// the time each was last seen does.

interface SemVer {
  readonly core: readonly [number, number, number];
  readonly pre: readonly string[];
}

const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export function parseSemver(value: string): SemVer | undefined {
  const match = SEMVER.exec(value.trim());
  if (!match) return undefined;
  return {
    core: [Number(match[1]), Number(match[2]), Number(match[3])],
    pre: match[4] ? match[4].split('.') : [],
  };
}

function comparePre(a: readonly string[], b: readonly string[]): number {
  // A release sorts after its pre-releases: 1.0.0-rc.1 < 1.0.0.
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : undefined;
    const ny = /^\d+$/.test(y) ? Number(y) : undefined;
    if (nx !== undefined && ny !== undefined) {
      if (nx !== ny) return nx - ny;
    } else if (nx !== undefined) return -1;
    else if (ny !== undefined) return 1;
    else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export function compareSemver(a: SemVer, b: SemVer): number {
  for (let i = 0; i < 3; i++) {
    const d = a.core[i]! - b.core[i]!;
    if (d !== 0) return d;
  }
  return comparePre(a.pre, b.pre);
}

/** Oldest first: by semver when every value parses, else by last seen (unknown first), then by name. */
export function orderVersions(values: readonly string[], lastSeenMs?: ReadonlyMap<string, number>): string[] {
  const parsed = values.map(parseSemver);
  if (parsed.every((p) => p !== undefined)) {
    return values
      .map((value, i) => ({ value, semver: parsed[i]! }))
      .sort((a, b) => compareSemver(a.semver, b.semver))
      .map((v) => v.value);
  }
  return [...values].sort((a, b) => {
    const d = (lastSeenMs?.get(a) ?? -Infinity) - (lastSeenMs?.get(b) ?? -Infinity);
    if (d !== 0 && !Number.isNaN(d)) return d;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/** The previous and the latest version, or undefined with fewer than two. */
export function defaultDiffPair(ordered: readonly string[]): { baseline: string; comparison: string } | undefined {
  if (ordered.length < 2) return undefined;
  return { baseline: ordered[ordered.length - 2]!, comparison: ordered[ordered.length - 1]! };
}
