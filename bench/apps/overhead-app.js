// The app the overhead benchmark loads: fastify, ~2 ms of JavaScript per
// request spread over a few functions, plus two endpoints the benchmark reads
// (not part of the measured load).
'use strict';
const { monitorEventLoopDelay } = require('node:perf_hooks');
const fastify = require('fastify')({ logger: false });

const ITEMS = Number(process.env.ITEMS_PER_REQUEST || 300);

function buildCatalog(seed) {
  const items = [];
  for (let i = 0; i < ITEMS; i++) {
    items.push({ id: seed * ITEMS + i, name: `item-${i}-${seed}`, price: ((i * 7919 + seed) % 1000) / 10, tags: ['a', 'b', String(i % 13)] });
  }
  return items;
}

function rankItems(items) {
  return items.sort((a, b) => b.price - a.price || a.name.localeCompare(b.name));
}

function renderPage(items) {
  return JSON.parse(JSON.stringify({ count: items.length, items }));
}

let seed = 0;
fastify.get('/', async () => renderPage(rankItems(buildCatalog(seed++ % 1000))));

const eventLoop = monitorEventLoopDelay({ resolution: 1 });
eventLoop.enable();
fastify.get('/__stats', async () => ({
  rssBytes: process.memoryUsage().rss,
  maxEventLoopDelayMs: eventLoop.max / 1e6,
}));
fastify.post('/__reset', async () => {
  eventLoop.reset();
  return {};
});

fastify.listen({ host: '127.0.0.1', port: Number(process.env.PORT || 0) }).then((address) => {
  process.stdout.write(`listening ${address}\n`);
});
