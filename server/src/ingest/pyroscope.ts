import type { ProfileType } from '@flamehouse/proto';
import { FlamehouseError } from '../errors.js';
import { parseTime } from '../params.js';

// What Pyroscope's `POST /ingest` says beside the profile: `name=app.cpu{k=v,…}`,
// `from`/`until`, `format`, `sampleRate`. Parsed as Pyroscope parses it, plus
// quoted label values stored without their quotes.

function badName(name: string, why: string): FlamehouseError {
  return new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', `name=${name.slice(0, 80)}: ${why}; expected app{key=value,…}`);
}

export interface PyroscopeName {
  /** Everything before `{`, suffix included. */
  readonly app: string;
  readonly labels: Map<string, string>;
}

const LABEL_KEY = /^[A-Za-z0-9_.]{1,128}$/;
const MAX_NAME_LABELS = 64;

/**
 * `app{k=v,k2="v 2"}`: no escapes, values up to the next `,` or `}`, spaces
 * around tokens trimmed, one pair of double quotes around a value dropped
 * (Pyroscope keeps them; nobody means them). Keys starting with `__` are
 * Pyroscope's own and are dropped.
 */
export function parsePyroscopeName(name: string): PyroscopeName {
  const brace = name.indexOf('{');
  const app = (brace < 0 ? name : name.slice(0, brace)).trim();
  if (app === '') throw badName(name, 'the app name is empty');
  const labels = new Map<string, string>();
  if (brace < 0) return { app, labels };
  const close = name.indexOf('}', brace);
  if (close < 0) throw badName(name, 'no closing }');
  for (const pair of name.slice(brace + 1, close).split(',')) {
    if (pair.trim() === '') continue;
    const eq = pair.indexOf('=');
    const key = pair.slice(0, eq).trim();
    let value = pair.slice(eq + 1).trim();
    if (eq < 0 || !LABEL_KEY.test(key)) throw badName(name, `label ${pair.trim().slice(0, 40)} is not key=value`);
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (value.length > 1024) throw badName(name, `label ${key} is longer than 1024 characters`);
    if (!key.startsWith('__')) labels.set(key, value);
  }
  if (labels.size > MAX_NAME_LABELS) throw badName(name, `more than ${MAX_NAME_LABELS} labels`);
  return { app, labels };
}

// The `.suffix` of Pyroscope's app names: the profile type of a text upload.
// null: a type Pyroscope knows and Flamehouse does not store.
const SUFFIXES: ReadonlyMap<string, ProfileType | null> = new Map([
  ['cpu', 'cpu'],
  ['itimer', 'cpu'],
  ['wall', 'wall'],
  ['seconds', 'wall'],
  ['milliseconds', 'wall'],
  ['microseconds', 'wall'],
  ['nanoseconds', 'wall'],
  ['inuse_space', 'inuse_space'],
  ['inuse_objects', 'inuse_objects'],
  ...[
    'alloc_objects',
    'alloc_space',
    'goroutines',
    'mutex_count',
    'mutex_duration',
    'block_count',
    'block_duration',
    'lock_count',
    'lock_duration',
    'alloc_in_new_tlab_objects',
    'alloc_in_new_tlab_bytes',
    'alloc_outside_tlab_objects',
    'alloc_outside_tlab_bytes',
    'live',
    'exceptions',
    'bytes',
  ].map((suffix) => [suffix, null] as const),
]);

/**
 * A text upload's service and type: `app.cpu` is service `app`, type cpu; a
 * name without a dot is cpu. A suffix Flamehouse does not store is a 400, as
 * is an unknown one (`my.app` reads as type `app`, as in Pyroscope).
 */
export function textAppType(app: string): { service: string; type: ProfileType } {
  const dot = app.lastIndexOf('.');
  if (dot < 0) return { service: app, type: 'cpu' };
  const suffix = app.slice(dot + 1);
  const type = SUFFIXES.get(suffix);
  if (!type) {
    throw new FlamehouseError(
      'FH_ERR_INGEST_UNKNOWN_PROFILE_TYPE',
      type === null
        ? `name=${app}: Flamehouse does not store ${suffix} profiles (it stores cpu, wall, inuse_space, inuse_objects)`
        : `name=${app}: the last .suffix names the profile type, and ${suffix.slice(0, 40)} is not one (cpu, itimer, wall, inuse_space, inuse_objects)`,
    );
  }
  return { service: app.slice(0, dot), type };
}

/** A pprof upload's service: pprof names its own types, so a Pyroscope type suffix is only dropped from the name. */
export function pprofService(app: string): string {
  const dot = app.lastIndexOf('.');
  return dot > 0 && SUFFIXES.has(app.slice(dot + 1)) ? app.slice(0, dot) : app;
}

/** Pyroscope's times: digits are unix seconds, or ms, µs, ns by their length (13, 16, 19); otherwise ISO 8601. */
export function parsePyroscopeTime(name: string, raw: string): number {
  const digits = raw.trim();
  if (/^\d+$/.test(digits)) {
    const divisor = digits.length === 13 ? 1 : digits.length === 16 ? 1e3 : digits.length === 19 ? 1e6 : undefined;
    return parseTime(name, String(divisor === undefined ? Number(digits) * 1000 : Math.floor(Number(digits) / divisor)));
  }
  return parseTime(name, digits);
}

export type PyroscopeFormat = 'pprof' | 'multipart' | 'folded' | 'lines';

const TEXT_FORMATS: ReadonlyMap<string, PyroscopeFormat> = new Map([
  ['folded', 'folded'],
  ['groups', 'folded'],
  ['collapsed', 'folded'],
  ['lines', 'lines'],
  ['pprof', 'pprof'],
]);

/**
 * The body's format: a form is multipart pprof whatever `format` says; then
 * `format`; without one, bytes that are compressed or binary are pprof (as
 * the Pyroscope SDKs send it) and text is folded (Pyroscope's default).
 */
export function pyroscopeFormat(format: string | undefined, contentType: string | undefined, body: Uint8Array): PyroscopeFormat {
  if (/^\s*multipart\/form-data/i.test(contentType ?? '')) return 'multipart';
  if (format !== undefined && format !== '') {
    const known = TEXT_FORMATS.get(format);
    if (!known) {
      throw new FlamehouseError(
        'FH_ERR_QUERY_BAD_PARAM',
        `format=${format.slice(0, 40)}: Flamehouse reads pprof, folded and lines uploads (not trie, tree, jfr or speedscope)`,
      );
    }
    return known;
  }
  // pprof starts with a field key (0x0a: sample_type), gzip with 0x1f, zstd with 28 b5 2f fd.
  const first = body[0] ?? 0x20;
  const zstd = first === 0x28 && body[1] === 0xb5 && body[2] === 0x2f && body[3] === 0xfd;
  return zstd || (first < 0x20 && first !== 0x09 && first !== 0x0d) ? 'pprof' : 'folded';
}

const MAX_CONFIG_TYPES = 64;

/**
 * `sample_type_config`: per pprof sample type, `display-name` (the name to
 * read the type by) and `cumulative` (a running total since start, which
 * Flamehouse does not add up: skipped). Units, aggregation and `sampled` add
 * nothing pprof does not say.
 */
export function parseSampleTypeConfig(text: string): Map<string, { displayName?: string; skip?: boolean }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new FlamehouseError('FH_ERR_INGEST_BAD_MULTIPART', 'sample_type_config is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || Object.keys(parsed).length > MAX_CONFIG_TYPES) {
    throw new FlamehouseError('FH_ERR_INGEST_BAD_MULTIPART', `sample_type_config: expected an object of at most ${MAX_CONFIG_TYPES} sample types`);
  }
  const config = new Map<string, { displayName?: string; skip?: boolean }>();
  for (const [type, raw] of Object.entries(parsed as Record<string, unknown>)) {
    const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const displayName = entry['display-name'];
    config.set(type, {
      ...(typeof displayName === 'string' && displayName !== '' && { displayName }),
      ...(entry['cumulative'] === true && { skip: true }),
    });
  }
  return config;
}
