// mongod as the official image runs it: 3.6 (2018) writes plain text lines ending in
// `waiting for connections on port 27017`; today's 8.x writes one JSON document per line.
import { programOutputs } from '../profile/programOutput';
import type { ProgramApi, ProgramDef } from './programTypes';
import { mongoJsonTime, mongoTextTime } from './timeFormats';

function text(api: ProgramApi, offset: number, component: string, ctx: string, msg: string): string {
  return `${mongoTextTime(api.now + offset)} I ${component.padEnd(8)} [${ctx}] ${msg}\n`;
}

function json(api: ProgramApi, offset: number, component: string, id: number, ctx: string, msg: string, attr?: string): string {
  const t = `{"t":{"$date":"${mongoJsonTime(api.now + offset)}"},"s":"I",  "c":"${component}",`;
  const c = `${t}${' '.repeat(Math.max(1, 12 - component.length - 3))}"id":${id},`;
  return `${c}${' '.repeat(Math.max(1, 8 - String(id).length))}"ctx":"${ctx}","msg":"${msg}"${attr ? `,"attr":${attr}` : ''}}\n`;
}

export function mongoStartLog(api: ProgramApi): string {
  const m = programOutputs[api.profile].mongo;
  const host = api.container.config.hostname;
  if (!m.json) {
    return (
      text(api, 0, 'CONTROL', 'initandlisten', `MongoDB starting : pid=1 port=27017 dbpath=/data/db 64-bit host=${host}`) +
      text(api, 0, 'CONTROL', 'initandlisten', `db version v${m.version}`) +
      text(api, 0, 'CONTROL', 'initandlisten', 'git version: a20ecd3e3a174162052ff99913bc2ca9a839d618') +
      text(api, 0, 'CONTROL', 'initandlisten', 'OpenSSL version: OpenSSL 1.0.2g  1 Mar 2016') +
      text(api, 0, 'CONTROL', 'initandlisten', 'allocator: tcmalloc') +
      text(api, 0, 'CONTROL', 'initandlisten', 'modules: none') +
      text(api, 0, 'CONTROL', 'initandlisten', 'build environment:') +
      text(api, 0, 'CONTROL', 'initandlisten', '    distmod: ubuntu1604') +
      text(api, 0, 'CONTROL', 'initandlisten', '    distarch: x86_64') +
      text(api, 0, 'CONTROL', 'initandlisten', '    target_arch: x86_64') +
      text(api, 0, 'CONTROL', 'initandlisten', 'options: { net: { bindIpAll: true } }') +
      text(api, 1, 'STORAGE', 'initandlisten', 'wiredtiger_open config: create,cache_size=256M,session_max=20000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000),statistics_log=(wait=0),verbose=(recovery_progress),') +
      text(api, 640, 'FTDC', 'initandlisten', "Initializing full-time diagnostic data capture with directory '/data/db/diagnostic.data'") +
      text(api, 645, 'NETWORK', 'initandlisten', 'waiting for connections on port 27017')
    );
  }
  return (
    json(api, 0, 'CONTROL', 23285, 'main', "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'") +
    json(api, 2, 'NETWORK', 4648601, 'main', 'Implicit TCP FastOpen unavailable. If TCP FastOpen is required, set at least one of the related parameters', '{"relatedParameters":["tcpFastOpenServer","tcpFastOpenClient","tcpFastOpenQueueSize"]}') +
    json(api, 5, 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', `{"pid":1,"port":27017,"dbPath":"/data/db","architecture":"64-bit","host":"${host}"}`) +
    json(api, 5, 'CONTROL', 23403, 'initandlisten', 'Build Info', `{"buildInfo":{"version":"${m.version}","gitVersion":"0000000000000000000000000000000000000000","openSSLVersion":"OpenSSL 3.0.13 30 Jan 2024","modules":[],"allocator":"tcmalloc-google","environment":{"distmod":"ubuntu2404","distarch":"x86_64","target_arch":"x86_64"}}}`) +
    json(api, 5, 'CONTROL', 21951, 'initandlisten', 'Options set by command line', '{"options":{"net":{"bindIp":"*"}}}') +
    json(api, 900, 'NETWORK', 23015, 'listener', 'Listening on', '{"address":"0.0.0.0:27017"}') +
    json(api, 900, 'NETWORK', 23016, 'listener', 'Waiting for connections', '{"port":27017,"ssl":"off"}')
  );
}

export const mongod: ProgramDef = {
  name: 'mongod',
  start(api) {
    api.out(mongoStartLog(api));
    api.listen(27017);
  },
  signal(api, sig) {
    if (sig !== 'SIGTERM' && sig !== 'SIGINT') return;
    const m = programOutputs[api.profile].mongo;
    const n = sig === 'SIGTERM' ? 15 : 2;
    api.out(
      m.json
        ? json(api, 0, 'CONTROL', 23377, 'SignalHandler', 'Received signal', `{"signal":${n},"error":"${sig === 'SIGTERM' ? 'Terminated' : 'Interrupt'}"}`) +
            json(api, 0, 'CONTROL', 4784900, 'SignalHandler', 'Shutting down the Mongod server') +
            json(api, 120, 'CONTROL', 20565, 'SignalHandler', 'Now exiting') +
            json(api, 120, 'CONTROL', 8423404, 'SignalHandler', 'mongod shutdown complete', '{"Summary of time elapsed":{"Statistics":{"Enter terminal shutdown":"0 ms"}}}')
        : text(api, 0, 'CONTROL', 'signalProcessingThread', `got signal ${n} (${sig === 'SIGTERM' ? 'Terminated' : 'Interrupt'}), will terminate after current cmd ends`) +
            text(api, 1, 'NETWORK', 'signalProcessingThread', 'shutdown: going to close listening sockets...') +
            text(api, 1, 'NETWORK', 'signalProcessingThread', 'removing socket file: /tmp/mongodb-27017.sock') +
            text(api, 2, 'STORAGE', 'signalProcessingThread', 'WiredTigerKVEngine shutting down') +
            text(api, 40, 'STORAGE', 'signalProcessingThread', 'shutdown: removing fs lock...') +
            text(api, 40, 'CONTROL', 'signalProcessingThread', 'now exiting') +
            text(api, 40, 'CONTROL', 'signalProcessingThread', 'shutting down with code:0'),
    );
    api.exit(0);
  },
};
