// @pyroscope/nodejs started as its README shows, with wall (and CPU time) and heap
// profiles flushed every 10 s like ours.
'use strict';
const Pyroscope = require('@pyroscope/nodejs');

Pyroscope.init({
  serverAddress: process.env.PYROSCOPE_SERVER_ADDRESS,
  appName: 'overhead-app',
  flushIntervalMs: 10_000,
  wall: { collectCpuTime: true },
});
Pyroscope.start();
