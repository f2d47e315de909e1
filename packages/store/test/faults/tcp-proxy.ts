import { createServer, type Server, type Socket } from 'node:net'

/** A loopback TCP proxy that breaks connections on purpose. */
export interface FaultyProxy {
  /** The port it listens on (127.0.0.1). */
  readonly port: number
  /** How many connections it has broken. */
  readonly drops: number
  /** Breaks a connection (both sides reset) instead of forwarding every `n`-th client packet; 0 stops. */
  dropEvery(n: number): void
  close(): Promise<void>
}

/**
 * Starts a proxy to `host:port` that resets connections by the count of packets clients send,
 * not by time, so that a run breaks in about the same places each time: a query, a COMMIT or a
 * connection handshake caught in flight, as when a server restarts or a network link drops.
 */
export async function startFaultyProxy(host: string, port: number): Promise<FaultyProxy> {
  let every = 0
  let packets = 0
  let drops = 0
  const sockets = new Set<Socket>()
  const server: Server = createServer((client) => {
    const upstream = new (client.constructor as typeof Socket)()
    upstream.connect(port, host)
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => {
        client.destroy()
        upstream.destroy()
      })
    }
    client.on('data', (chunk) => {
      if (every > 0 && ++packets % every === 0) {
        drops++
        client.resetAndDestroy()
        upstream.resetAndDestroy()
      } else {
        upstream.write(chunk)
      }
    })
    upstream.on('data', (chunk) => client.write(chunk))
    client.on('end', () => upstream.end())
    upstream.on('end', () => client.end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the proxy has no TCP address')
  return {
    port: address.port,
    get drops() {
      return drops
    },
    dropEvery(n) {
      every = n
      packets = 0
    },
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
