/**
 * Preloaded into the `serverless offline` process by startOffline (node --require). The
 * EventBridge emulator plugin listens on a port without a host (all interfaces); this makes every
 * such listen bind 127.0.0.1 instead, so the Docker-free stack is reachable from this machine only.
 * Listens that name a host or a path (Unix socket) are left alone.
 */
'use strict';
const net = require('node:net');

const LOOPBACK = '127.0.0.1';
const originalListen = net.Server.prototype.listen;

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first, second] = args;
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    if (second === undefined || typeof second === 'function' || typeof second === 'number') {
      // listen(port[, backlog][, callback]) → listen(port, host[, backlog][, callback])
      args.splice(1, 0, LOOPBACK);
    }
  } else if (first !== null && typeof first === 'object' && !(first instanceof net.Server)) {
    if (first.host === undefined && first.path === undefined && first.fd === undefined && first.handle === undefined && first._handle === undefined) {
      args[0] = { ...first, host: LOOPBACK };
    }
  }
  return originalListen.apply(this, args);
};
