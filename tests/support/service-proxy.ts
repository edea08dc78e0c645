import { createServer, connect, type Socket } from 'node:net';

/** A TCP proxy in front of the service that a test can take down, bring up, or make lose answers. */
export interface ServiceProxy {
  /** `http://127.0.0.1:<port>`: give it to the client instead of the service's own URL. */
  readonly baseUrl: string;
  /** Answers that were cut off so far (see {@link loseAnswers}). */
  readonly answersLost: number;
  /** From now on every connection is reset at once (and the open ones are cut): the service looks down. */
  down(): void;
  /** Connections reach the service again. */
  up(): void;
  /**
   * The next `count` answers are cut off before their first byte reaches the client: the
   * service did the work, the client sees a broken connection (a lost answer).
   */
  loseAnswers(count: number): void;
  close(): Promise<void>;
}

/**
 * A loopback TCP proxy to `target` (`http://127.0.0.1:<port>`). The listening socket stays
 * open while "down" (connections are reset), so the port never changes and no other process
 * can take it between a test's `down()` and `up()`.
 */
export async function startServiceProxy(target: string): Promise<ServiceProxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  let isDown = false;
  let toLose = 0;
  let lost = 0;
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    if (isDown) return void client.resetAndDestroy();
    const upstream = connect(Number(port), hostname);
    sockets.add(upstream);
    upstream.on('close', () => (sockets.delete(upstream), client.destroy()));
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => {
      if (toLose > 0) {
        toLose -= 1;
        lost += 1;
        upstream.destroy();
        return void client.resetAndDestroy();
      }
      client.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    get answersLost() {
      return lost;
    },
    down() {
      isDown = true;
      for (const socket of sockets) socket.destroy();
    },
    up() {
      isDown = false;
    },
    loseAnswers(count) {
      toLose = count;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
