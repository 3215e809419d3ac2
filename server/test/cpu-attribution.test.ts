import { describe, expect, it } from 'vitest';
import { attributeCpu } from '../src/ingest/cpu-attribution.js';
import { decodePprof } from '../src/ingest/decode.js';
import { WALL_CPU, makePprof } from './pprof-fixture.js';

const WALL = 0;
const CPU = 1;

/** The profile's samples as `stack cpu` lines after attribution. */
function attributed(samples: { stack: string; values: [number, number] }[]): string[] | undefined {
  const profile = decodePprof(makePprof({ sampleTypes: WALL_CPU, samples }), 1 << 20);
  const cpu = attributeCpu(profile, WALL, CPU);
  return cpu && samples.map((sample, i) => `${sample.stack} ${cpu[i]}`);
}

describe('attributeCpu', () => {
  it('books CPU where JavaScript ran, in proportion to its wall samples, and none on (idle)', () => {
    // Bursts shorter than the period: the profiler booked most CPU on the idle samples after them.
    expect(
      attributed([
        { stack: 'main;handler;parse', values: [30, 5] },
        { stack: 'main;handler;render', values: [10, 1] },
        { stack: '(idle)', values: [0, 34] },
        { stack: 'Node.js;Non JS threads activity', values: [0, 7] },
      ]),
    ).toEqual(['main;handler;parse 30', 'main;handler;render 10', '(idle) 0', 'Node.js;Non JS threads activity 7']);
  });

  it('leaves a saturated profile as it was', () => {
    expect(
      attributed([
        { stack: 'main;a', values: [75, 75] },
        { stack: 'main;b', values: [25, 25] },
      ]),
    ).toEqual(['main;a 75', 'main;b 25']);
  });

  it('keeps the profiler’s booking when no sample caught JavaScript running', () => {
    expect(
      attributed([
        { stack: '(idle)', values: [0, 3] },
        { stack: 'Node.js;Non JS threads activity', values: [0, 2] },
      ]),
    ).toBeUndefined();
  });
});
