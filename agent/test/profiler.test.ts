import { describe, expect, it } from 'vitest';
import { scaleSamples, startProfiler } from '../src/profiler.js';
import { decodeSamples } from './helpers/receiver.js';

const NODE_MAJOR = Number(process.versions.node.split('.')[0]);

function spin(ms: number): number {
  const end = performance.now() + ms;
  let x = 0;
  while (performance.now() < end) x += Math.sqrt(x + 1);
  return x;
}

describe('startProfiler contexts', () => {
  // useCPED needs AsyncContextFrame (Node 24, or 22.9+ with a flag); on the
  // Node this suite runs on only the fallback can be checked.
  it.runIf(NODE_MAJOR < 22)('falls back to a global context where useCPED is not supported', () => {
    const profiler = startProfiler({ samplingIntervalUs: 10_000, heapIntervalBytes: 512 * 1024, uploadIntervalMs: 1_000, spans: true });
    expect(profiler.contextFollowsAsync).toBe(false);
    profiler.cutFinal(1_000);
  });

  it('labels samples with the fields the context object has when the profile is cut', () => {
    const profiler = startProfiler({ samplingIntervalUs: 2_000, heapIntervalBytes: 512 * 1024, uploadIntervalMs: 1_000, spans: true });
    const labels: Record<string, string> = { span_id: 'one', trace_endpoint: 'GET' };
    profiler.setContext(labels);
    spin(200);
    // What span tagging relies on to name a request's route after the fact.
    labels.trace_endpoint = 'GET /named-later';
    const { wall } = profiler.cutFinal(200);
    const labelled = decodeSamples(wall!).filter((sample) => sample.labels.span_id === 'one');
    expect(labelled.length).toBeGreaterThan(0);
    for (const sample of labelled) expect(sample.labels.trace_endpoint).toBe('GET /named-later');
    // Stopped: setting a context is a no-op, not an exception.
    expect(() => profiler.setContext({ span_id: 'two' })).not.toThrow();
  });
});

describe('sampling windows', () => {
  // @datadog/pprof's sample types: sample/count, wall/nanoseconds, cpu/nanoseconds.
  const WALL = 1;
  const wallNanos = (bytes: Uint8Array): number => decodeSamples(bytes).reduce((sum, sample) => sum + (sample.values[WALL] ?? 0), 0);

  it('scales a window that covered part of an interval to the whole interval, and sends no wall profile for an interval without one', async () => {
    const profiler = startProfiler({ samplingIntervalUs: 2_000, heapIntervalBytes: 512 * 1024, uploadIntervalMs: 1_000, spans: false });
    const startedMs = Date.now();
    spin(200);
    profiler.pauseSampling();
    const sampledMs = Date.now() - startedMs;
    spin(400);
    const intervalMs = Date.now() - startedMs;
    const { wall, heap } = await profiler.cut(intervalMs, 'pause');
    // About 200 ms sampled, reported as the whole interval it stands for.
    const reportedMs = wallNanos(wall!) / 1e6;
    expect(reportedMs / intervalMs).toBeGreaterThan(0.7);
    expect(reportedMs / intervalMs).toBeLessThan(1.3);
    expect(sampledMs / intervalMs).toBeLessThan(0.5);
    expect(heap.byteLength).toBeGreaterThan(0);

    // Between windows: setting a context is a no-op and the next cut has heap only.
    expect(() => profiler.setContext({ span_id: 'idle' })).not.toThrow();
    const next = profiler.cutFinal(100);
    expect(next.wall).toBeUndefined();
  });

  it('goes on sampling after a continuing cut, and says how long the cut held the host', async () => {
    const profiler = startProfiler({ samplingIntervalUs: 2_000, heapIntervalBytes: 512 * 1024, uploadIntervalMs: 1_000, spans: false });
    spin(150);
    const first = await profiler.cut(150, 'continue');
    spin(150);
    const second = profiler.cutFinal(150);
    expect(decodeSamples(first.wall!).length).toBeGreaterThan(0);
    expect(decodeSamples(second.wall!).length).toBeGreaterThan(0);
    expect(first.hostMs).toBeGreaterThan(0);
  });

  it('scales values exactly, keeping integers', () => {
    const profile = { sample: [{ value: [1, 10_000_000, 3n] }] } as unknown as Parameters<typeof scaleSamples>[0];
    scaleSamples(profile, 2.5);
    expect(profile.sample[0]!.value).toEqual([3, 25_000_000, 8n]);
  });
});
