import type { ValueUnit } from '@flamehouse/proto';
import type { WeightedStack } from './stack-list.js';

// https://www.speedscope.app/file-format-schema.json
interface SpeedscopeFile {
  $schema: string;
  shared: { frames: { name: string; file?: string }[] };
  profiles: {
    type: 'sampled';
    name: string;
    unit: 'nanoseconds' | 'bytes' | 'none';
    startValue: number;
    endValue: number;
    samples: number[][];
    weights: number[];
  }[];
  name: string;
  activeProfileIndex: number;
  exporter: string;
}

export function toSpeedscope(stacks: readonly WeightedStack[], name: string, unit: ValueUnit): SpeedscopeFile {
  const frames: SpeedscopeFile['shared']['frames'] = [];
  const index = new Map<string, number>();
  const samples: number[][] = [];
  const weights: number[] = [];
  let total = 0;
  for (const stack of stacks) {
    samples.push(
      stack.frames.map((frame) => {
        const key = `${frame.name}\u0000${frame.file}`;
        let at = index.get(key);
        if (at === undefined) {
          at = frames.length;
          frames.push(frame.file ? { name: frame.name, file: frame.file } : { name: frame.name });
          index.set(key, at);
        }
        return at;
      }),
    );
    weights.push(stack.value);
    total += stack.value;
  }
  return {
    $schema: 'https://www.speedscope.app/file-format-schema.json',
    shared: { frames },
    profiles: [
      { type: 'sampled', name, unit: unit === 'count' ? 'none' : unit, startValue: 0, endValue: total, samples, weights },
    ],
    name,
    activeProfileIndex: 0,
    exporter: 'flamehouse',
  };
}
