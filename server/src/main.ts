#!/usr/bin/env node
import { isIP } from 'node:net';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';

/** Whether only this machine can reach `host`. */
function isLoopback(host: string): boolean {
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`flamehouse: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const app = await buildApp(config);
  const address = await app.server.listen({ host: config.host, port: config.port });
  app.server.log.info(`flamehouse listening on ${address} (storage: ${app.storage.mode})`);
  if (!app.tokens && !isLoopback(config.host)) {
    app.server.log.warn(
      `listening on ${config.host} without FLAMEHOUSE_AUTH_FILE: anyone who reaches this address can read and write every profile`,
    );
  }

  let closing = false;
  // Stop accepting, let the uploads in flight be stored and answered, then exit.
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) return;
    closing = true;
    app.server.log.info(`${signal}: finishing the requests in flight and storing what is buffered, then exiting`);
    app.server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.server.log.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`flamehouse: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
