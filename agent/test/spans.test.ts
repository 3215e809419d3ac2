import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPAN_LABELS } from '@flamehouse/proto';
import { NODE_RUNTIMES } from './helpers/node-versions.js';
import { decodeSamples, decodeUpload, isWallProfile, type DecodedSample, suiteReceiver, type SuiteReceiver } from './helpers/receiver.js';
import { AGENT_BUNDLE, FIXTURES, runNode, type RunResult } from './helpers/run-node.js';

// A real OpenTelemetry SDK with real HTTP instrumentation, preloaded after the
// agent as a service would: the agent must find the context manager on its
// own and label each request's samples with that request's spans.

const OTEL = join(FIXTURES, 'otel');
const APP = join(OTEL, 'app.js');
/** Needs --expose-internals: counts the async hooks that have a `before` callback. */
const REPORT_HOOKS = ['--expose-internals', '--require', join(OTEL, 'report-hooks.js')];
const ROUTES = ['alpha', 'beta'] as const;

interface ExportedSpan {
  name: string;
  kind: string;
  spanId: string;
  traceId: string;
  parentSpanId?: string;
  parentRemote: boolean;
  route?: string;
  url?: string;
  profileId?: string;
}

/** The JSON after `PREFIX ` on the child's stdout. */
function printed<T>(run: RunResult, prefix: string): T {
  const line = run.stdout
    .toString()
    .split('\n')
    .find((l) => l.startsWith(`${prefix} `));
  if (!line) throw new Error(`no ${prefix} line; stderr: ${run.stderr}`);
  return JSON.parse(line.slice(prefix.length + 1)) as T;
}

function wallSamples(receiver: SuiteReceiver, service: string): DecodedSample[] {
  return receiver.requests
    .filter((request) => request.url.searchParams.get('service') === service)
    .filter((request) => isWallProfile(decodeUpload(request)))
    .flatMap((request) => decodeSamples(request.rawBody));
}

/** Sample count (the first value) of the samples that pass. */
const countOf = (samples: DecodedSample[], keep: (sample: DecodedSample) => boolean = () => true): number =>
  samples.filter(keep).reduce((sum, sample) => sum + (sample.values[0] ?? 0), 0);

/**
 * Of the samples in each route's work function, at least 95% carry that
 * route's endpoint, the root span of one of its requests as the exporter saw
 * it, and that request's root or child span.
 */
function expectRoutesLabelled(samples: DecodedSample[], spans: ExportedSpan[]): void {
  for (const route of ROUTES) {
    const roots = new Set(spans.filter((s) => s.kind === 'SERVER' && s.route === `/${route}`).map((s) => s.spanId));
    const children = new Set(spans.filter((s) => s.name === `${route} work`).map((s) => s.spanId));
    expect(roots.size).toBeGreaterThan(0);
    expect(children.size).toBe(roots.size);
    const inWork = samples.filter((sample) => sample.functions.includes(`${route}Work`));
    const right = ({ labels }: DecodedSample): boolean => {
      const spanId = labels[SPAN_LABELS.spanId] ?? '';
      return (
        labels[SPAN_LABELS.endpoint] === `GET /${route}` &&
        roots.has(labels[SPAN_LABELS.rootSpanId] ?? '') &&
        (children.has(spanId) || roots.has(spanId))
      );
    };
    const total = countOf(inWork);
    const share = countOf(inWork, right) / total;
    console.log(`${route}Work: ${total} samples, ${(share * 100).toFixed(1)}% labelled with an /${route} request`);
    // Requests × 8 ms of CPU: dozens of samples at 100 Hz at the least.
    expect(total).toBeGreaterThan(20);
    const wrong = inWork.filter((sample) => !right(sample)).map((sample) => sample.labels);
    expect(share, `mislabelled: ${JSON.stringify(wrong.slice(0, 5))}`).toBeGreaterThanOrEqual(0.95);
  }
}

describe('span tagging', () => {
  const receiver = suiteReceiver();

  const env = (service: string, extra: Record<string, string> = {}): Record<string, string> => ({
    FLAMEHOUSE_URL: receiver.url,
    FLAMEHOUSE_SERVICE: service,
    FLAMEHOUSE_UPLOAD_INTERVAL_MS: '1000',
    FLAMEHOUSE_LOG_LEVEL: 'debug',
    ...extra,
  });

  // How span context follows async continuations differs by Node version:
  // an async hook re-sets it before Node 24 (22 accepts useCPED, but without
  // AsyncContextFrame nothing would be labelled), V8's continuation-preserved
  // embedder data carries it from 24 on, with no hook at all.
  it.each(NODE_RUNTIMES)("labels each route's samples with its own request, span and endpoint on $name", async (node) => {
    const service = `otel-app-${node.major}`;
    const run = await runNode(
      [...REPORT_HOOKS, '--require', AGENT_BUNDLE, '--require', join(OTEL, 'tracing.js'), APP],
      // Sampled at 100 Hz with the CPU governor off: what is tested is which span each sample carries, and on a
      // busy machine the defaults (29 Hz, slowed further by the governor) left too few samples to judge (18 once).
      {
        env: env(service, { APP_SPANS: '1', FLAMEHOUSE_SAMPLING_INTERVAL_US: '10000', FLAMEHOUSE_MAX_CPU_PERCENT: '0' }),
        timeoutMs: 60_000,
        node: node.execPath,
      },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(printed(run, 'DONE')).toEqual({ '/alpha': 150, '/beta': 150 });
    if (node.cped) {
      expect(printed(run, 'HOOKS')).toEqual({ before: 0 });
      expect(run.stderr).toContain('contexts follow async continuations (useCPED)');
      expect(run.stderr).not.toContain('async hook installed');
    } else {
      expect(printed(run, 'HOOKS')).toEqual({ before: 1 });
      expect(run.stderr).toContain('async hook installed');
    }

    const spans = printed<ExportedSpan[]>(run, 'SPANS');
    const servers = spans.filter((span) => span.kind === 'SERVER');
    expect(servers).toHaveLength(300);
    // Local roots, remote parent or none, are marked as having a profile.
    for (const span of servers) expect(span.profileId).toBe(span.spanId);
    expect(servers.filter((span) => span.parentRemote)).toHaveLength(150);
    // Only roots are marked.
    expect(spans.filter((span) => span.kind !== 'SERVER' && span.profileId !== undefined)).toEqual([]);
    // The agent's uploads ran untraced: the load generator's requests are
    // ignored by the fixture, so any client span would be the agent's.
    expect(spans.filter((span) => span.kind === 'CLIENT')).toEqual([]);

    const samples = wallSamples(receiver, service);
    expectRoutesLabelled(samples, spans);
    // Trace ids come along with the spans.
    const traceOf = new Map(spans.map((span) => [span.spanId, span.traceId]));
    const labelled = samples.filter((sample) => sample.labels[SPAN_LABELS.spanId] !== undefined);
    expect(labelled.length).toBeGreaterThan(0);
    for (const sample of labelled) {
      const spanId = sample.labels[SPAN_LABELS.spanId] ?? '';
      if (traceOf.has(spanId)) expect(sample.labels[SPAN_LABELS.traceId]).toBe(traceOf.get(spanId));
    }
  });

  it('keeps endpoints right when sampling pauses between cuts', async () => {
    // Sampled for 400 ms of each 1 s interval: the wall profile is taken at
    // the pause, so the endpoints must be brought up to date there too. At
    // 100 Hz, so that windows this short hold enough samples of each route.
    const run = await runNode([...REPORT_HOOKS, '--require', AGENT_BUNDLE, '--require', join(OTEL, 'tracing.js'), APP], {
      env: env('duty-cycled', { APP_SPANS: '1', REQUESTS: '200', FLAMEHOUSE_SAMPLING_DURATION_MS: '400', FLAMEHOUSE_SAMPLING_INTERVAL_US: '10000' }),
      timeoutMs: 60_000,
    });
    expect(run.code, run.stderr).toBe(0);
    expectRoutesLabelled(wallSamples(receiver, 'duty-cycled'), printed<ExportedSpan[]>(run, 'SPANS'));
  });

  it('costs nothing without OpenTelemetry, or with FLAMEHOUSE_SPANS=false: no hook, no span labels', async () => {
    // One after the other: each keeps a core busy, and other suites run beside this one.
    const plain = await runNode([...REPORT_HOOKS, '--require', AGENT_BUNDLE, APP], {
      env: env('plain-app', { REQUESTS: '100' }),
      timeoutMs: 60_000,
    });
    const off = await runNode([...REPORT_HOOKS, '--require', AGENT_BUNDLE, '--require', join(OTEL, 'tracing.js'), APP], {
      env: env('spans-off', { REQUESTS: '100', APP_SPANS: '1', FLAMEHOUSE_SPANS: 'false' }),
      timeoutMs: 60_000,
    });
    for (const run of [plain, off]) {
      expect(run.code, run.stderr).toBe(0);
      expect(printed(run, 'DONE')).toEqual({ '/alpha': 50, '/beta': 50 });
      expect(printed(run, 'HOOKS')).toEqual({ before: 0 });
      expect(run.stderr).not.toContain('async hook installed');
    }
    expect(plain.stderr).toContain('waiting for an OpenTelemetry context manager');
    expect(off.stderr).toContain('span tagging is off');
    // The uploads stay untraced with tagging off too.
    expect(printed<ExportedSpan[]>(off, 'SPANS').filter((span) => span.kind === 'CLIENT')).toEqual([]);

    for (const service of ['plain-app', 'spans-off']) {
      const samples = wallSamples(receiver, service);
      expect(countOf(samples, (sample) => sample.functions.includes('alphaWork'))).toBeGreaterThan(0);
      const labelled = samples.filter((sample) => Object.values(SPAN_LABELS).some((key) => key in sample.labels));
      expect(labelled).toEqual([]);
    }
  });
});
