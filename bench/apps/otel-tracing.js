// The application's own OpenTelemetry tracing, for measuring span tagging:
// preloaded after the profiler into every app of a run (the unprofiled one
// too), so the pair differs only by the profiler. A server span per request
// through the HTTP instrumentation, in AsyncLocalStorage contexts; finished
// spans are dropped (exporting is the tracer's cost, not the profiler's).
'use strict';
const { registerInstrumentations } = require('@opentelemetry/instrumentation');
const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http');
const { SimpleSpanProcessor } = require('@opentelemetry/sdk-trace-base');
const { NodeTracerProvider } = require('@opentelemetry/sdk-trace-node');

const dropAll = { export: (_spans, done) => done({ code: 0 }), shutdown: () => Promise.resolve() };
new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(dropAll)] }).register();
registerInstrumentations({ instrumentations: [new HttpInstrumentation()] });
