// @pyroscope/nodejs started as its README shows, at its defaults: wall
// profiles (without CPU time) and heap, flushed every 60 s.
'use strict';
const Pyroscope = require('@pyroscope/nodejs');

Pyroscope.init({
  serverAddress: process.env.PYROSCOPE_SERVER_ADDRESS,
  appName: 'overhead-app',
});
Pyroscope.start();
