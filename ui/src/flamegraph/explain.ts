// What a frame that is not ordinary code stands for, in the words the tooltip
// shows: the rows the profiler adds, and the profiler's own code.
import { NON_JS_THREADS_FRAME, frameOrigin } from '@flamehouse/proto/frame-origin';

export function frameExplanation(name: string, file: string): string | undefined {
  if (name === NON_JS_THREADS_FRAME) {
    return 'CPU of the process’s other threads: libuv’s pool (fs, crypto, zlib, dns), V8’s garbage-collector and compiler threads, the profiler’s sampler. Measured per upload; it has no JavaScript stack.';
  }
  if (name === 'Garbage Collection' || name === '(garbage collector)') {
    return 'Garbage collection while JavaScript waited for it, on the JavaScript thread. Collection done on helper threads is under “Non JS threads activity”.';
  }
  if (name === '(idle)') return 'The event loop waiting for work: wall time, never CPU time.';
  if (frameOrigin(name, file).origin === 'profiler') {
    return 'The profiler itself (Flamehouse agent, @datadog/pprof): what profiling costs this process.';
  }
  return undefined;
}
