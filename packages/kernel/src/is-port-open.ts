/** Whether something accepts TCP connections on a port (the local stacks' port checks). */
import net from 'node:net';

/** True when something accepts TCP connections on host:port (default 127.0.0.1) within 500 ms. */
export function isPortOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(500);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}
