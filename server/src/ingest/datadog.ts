import { SPAN_LABELS } from '@flamehouse/proto';
import { FlamehouseError } from '../errors.js';
import { clientUploadId, contentUploadId } from './upload-id.js';
import { NO_AGENT_REPORT, type UploadMeta } from './normalize.js';
import type { FormPart } from './multipart.js';

// dd-trace's profiler upload (`POST /profiling/v1/input`): a form with an
// `event` part (JSON: start, end, tags_profiler, info) and one pprof part per
// profiler (wall.pprof, space.pprof, events.pprof), each compressed alone.

export const DATADOG_INTAKE_PATH = '/profiling/v1/input';

function malformed(detail: string): FlamehouseError {
  return new FlamehouseError('FH_ERR_INGEST_BAD_DATADOG', `the Datadog profile upload is malformed: ${detail}`);
}

/**
 * dd-trace's sample labels, to ours. Span ids become span columns, never
 * labels. `thread name` is kept as `thread.name` (as our agent labels
 * workers): a process has one per thread it profiles, and a worker's name
 * already holds its id, so `thread id` would add a label and no
 * information. `os thread id` (the native id, a new value for every worker
 * ever started) and `end_timestamp_ns`/`async id` (per sample) are dropped.
 */
export const DATADOG_LABEL_KEYS: ReadonlyMap<string, string> = new Map([
  ['span id', SPAN_LABELS.spanId],
  ['local root span id', SPAN_LABELS.rootSpanId],
  ['trace endpoint', SPAN_LABELS.endpoint],
  ['thread name', 'thread.name'],
  ['thread id', ''],
  ['os thread id', ''],
  ['end_timestamp_ns', ''],
  ['async id', ''],
]);

// Tags to our labels (OpenTelemetry's names, as our agent sends them).
const TAG_LABELS: ReadonlyMap<string, string> = new Map([
  ['version', 'service.version'],
  ['env', 'deployment.environment.name'],
  ['host', 'host.name'],
  ['runtime-id', 'service.instance.id'],
  ['process_id', 'process.pid'],
  ['runtime', 'process.runtime.name'],
  ['runtime_version', 'process.runtime.version'],
]);
// The same for every upload (language, format), or new with each one
// (profile_seq, snapshot): as labels they would only add series.
const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'service',
  'language',
  'runtime_arch',
  'runtime_os',
  'format',
  'snapshot',
  'profile_seq',
  'profiler_version',
]);
const MAX_TAGS = 128;
// dd-trace sends wall and space (and events, which is not read); each profile part may hold a whole upload's worth.
const MAX_PROFILE_PARTS = 4;
const MAX_LABELS = 64;
const MAX_EVENT_BYTES = 1024 * 1024;
const LABEL_KEY = /^[A-Za-z0-9_.\-/:]{1,128}$/;

interface DatadogEvent {
  start?: unknown;
  end?: unknown;
  tags_profiler?: unknown;
  info?: { application?: { service?: unknown }; platform?: { hostname?: unknown } };
}

/** `k:v,k2:v2`, each split at its first colon (values hold colons: URLs). */
export function parseTags(text: string): Map<string, string> {
  const tags = new Map<string, string>();
  const items = text.split(',');
  if (items.length > MAX_TAGS) throw malformed(`more than ${MAX_TAGS} tags`);
  for (const item of items) {
    const colon = item.indexOf(':');
    if (colon <= 0) continue;
    tags.set(item.slice(0, colon).trim(), item.slice(colon + 1).trim());
  }
  return tags;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

function timeMs(value: unknown): number | undefined {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/** What the upload is: its event part read into our metadata, and the pprof parts to store. */
export interface DatadogUpload {
  readonly meta: UploadMeta;
  readonly profiles: readonly FormPart[];
}

/**
 * Reads a dd-trace intake form. The upload id is the process's `runtime-id`
 * and the upload's `profile_seq`, which every retry repeats (the form's
 * boundary, and so its bytes, differ on each attempt); without them, a
 * digest of the parts.
 */
export function readDatadogForm(parts: readonly FormPart[], receivedMs: number): DatadogUpload {
  const eventPart = parts.find((part) => part.name === 'event');
  if (!eventPart) throw malformed('no event part');
  if (eventPart.data.length > MAX_EVENT_BYTES) throw malformed('the event part is larger than 1 MiB');
  let event: DatadogEvent;
  try {
    event = JSON.parse(eventPart.data.toString('utf8')) as DatadogEvent;
  } catch {
    throw malformed('the event part is not JSON');
  }
  if (typeof event !== 'object' || event === null) throw malformed('the event part is not a JSON object');
  const tags = parseTags(typeof event.tags_profiler === 'string' ? event.tags_profiler : '');
  const service = tags.get('service') || text(event.info?.application?.service);
  if (!service) throw malformed('no service tag');
  if (service.length > 256) throw malformed('the service tag is longer than 256 characters');

  const labels = new Map<string, string>();
  for (const [key, value] of tags) {
    if (DROPPED_TAGS.has(key) || key.startsWith('_dd.') || value === '') continue;
    const label = TAG_LABELS.get(key) ?? key;
    if (!LABEL_KEY.test(label) || value.length > 1024) continue;
    labels.set(label, key === 'runtime_version' ? value.replace(/^v/, '') : value);
  }
  const hostname = text(event.info?.platform?.hostname);
  if (!labels.has('host.name') && hostname) labels.set('host.name', hostname);
  if (labels.size > MAX_LABELS) throw malformed(`more than ${MAX_LABELS} tags to keep as labels`);

  const profiles = parts.filter((part) => part.name.endsWith('.pprof') && part.name !== 'events.pprof');
  if (profiles.length === 0) throw malformed('no wall.pprof or space.pprof part');
  if (profiles.length > MAX_PROFILE_PARTS) {
    throw new FlamehouseError('FH_ERR_INGEST_TOO_MANY_PARTS', `a Datadog upload holds at most ${MAX_PROFILE_PARTS} profiles besides events.pprof`);
  }

  const runtimeId = tags.get('runtime-id');
  const seq = tags.get('profile_seq');
  const snapshot = tags.get('snapshot');
  const id = `dd:${runtimeId}:${seq}${snapshot && snapshot !== 'periodic' ? `:${snapshot}` : ''}`;
  const uploadId =
    runtimeId && seq && /^[A-Za-z0-9-]{1,64}$/.test(runtimeId) && /^\d{1,15}$/.test(seq) && id.length <= 128
      ? clientUploadId(id)
      : contentUploadId([DATADOG_INTAKE_PATH, ...parts.map((part) => `${part.name}:${part.data.length}`)], Buffer.concat(parts.map((part) => part.data)));
  const fromMs = timeMs(event.start);
  const untilMs = timeMs(event.end);
  return {
    meta: {
      uploadId,
      service,
      labels,
      ...(fromMs !== undefined && { fromMs }),
      ...(untilMs !== undefined && { untilMs }),
      agent: NO_AGENT_REPORT,
      receivedMs,
      labelKeys: DATADOG_LABEL_KEYS,
    },
    profiles,
  };
}
