// Endpoint MAC addresses: `02:42:` + the IPv4 bytes up to Docker 27, a random locally
// administered unicast address since Docker 28 (profile field macFromIp).
import { nextInt } from '../prng';
import type { World } from '../world';

const hex2 = (n: number) => n.toString(16).padStart(2, '0');

export function macFromIp(ip: string): string {
  return ['02', '42', ...ip.split('.').map((p) => hex2(Number(p) & 255))].join(':');
}

export function randomMac(world: World): string {
  const bytes = Array.from({ length: 6 }, () => nextInt(world, 256));
  bytes[0] = (bytes[0] & 0xfc) | 0x02;
  return bytes.map(hex2).join(':');
}
