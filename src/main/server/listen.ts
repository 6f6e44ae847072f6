import net from 'node:net';

export interface ListenAddress {
  host: string;
  port: number;
}

/** Reads `--listen HOST:PORT` (`[::1]:8443` for IPv6); a bare port listens on 127.0.0.1. */
export function parseListen(value: string): ListenAddress {
  const text = value.trim();
  const bracketed = /^\[([^\]]+)\]:(\d+)$/.exec(text);
  const plain = /^([^:]+):(\d+)$/.exec(text);
  const bare = /^(\d+)$/.exec(text);
  const [host, port] = bracketed
    ? [bracketed[1], bracketed[2]]
    : plain
      ? [plain[1], plain[2]]
      : bare
        ? ['127.0.0.1', bare[1]]
        : [null, null];
  const number = Number(port);
  if (host === null || !Number.isInteger(number) || number < 0 || number > 65535) {
    throw new Error(`--listen ${value}: give HOST:PORT, e.g. 127.0.0.1:8443 or 0.0.0.0:8443.`);
  }
  return { host, port: number };
}

/** Whether a listen host is reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  if (host === 'localhost') return true;
  if (net.isIPv4(host)) return host.startsWith('127.');
  if (net.isIPv6(host)) return host === '::1';
  return false;
}
