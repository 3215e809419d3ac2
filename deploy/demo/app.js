// A small shop API for the compose demo: two routes that burn CPU in
// different functions, and a cache that grows (a leak to find).
'use strict';
const http = require('node:http');

const port = Number(process.env.DEMO_PORT || 3000);
const leakyCache = [];

function hashPassword(rounds) {
  let h = 0;
  for (let i = 0; i < rounds; i++) h = (h * 31 + i) % 1000003;
  return h;
}

function renderCatalog(items) {
  const parts = [];
  for (let i = 0; i < items; i++) parts.push(`<li>item ${i}: ${Math.sqrt(i).toFixed(3)}</li>`);
  return parts.join('');
}

const server = http.createServer((req, res) => {
  if (req.url === '/login') {
    res.end(String(hashPassword(2_000_000)));
  } else {
    leakyCache.push(Buffer.alloc(16 * 1024));
    res.end(renderCatalog(5_000));
  }
});
server.listen(port, () => process.stdout.write(`demo listening on ${port}\n`));

// Traffic against itself, so the demo has something to profile.
setInterval(() => {
  for (const path of ['/login', '/catalog', '/catalog']) http.get({ port, path }, (res) => res.resume());
}, 200).unref();
