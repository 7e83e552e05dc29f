// A shape check of stored data before it becomes the store's state. Anything that would make the
// shell or the views throw later (a missing host, a terminal on no host, frames that are not an
// array) is caught here, so a bad value starts a fresh session instead of a blank page.
import { PROFILES } from '../../engine/profile';
import { promptOf } from '../shellRuntime';
import { PANEL_ORDER } from '../uiSlice';
import { SCHEMA_VERSION, type PersistedSession } from './sessionSchema';

export type Validation = { ok: true; session: PersistedSession } | { ok: false; reason: 'version' | 'invalid' };

type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
// Collections keyed by small integers may be stored as arrays (the kernel's tables are), so either will do.
const isTable = (x: unknown): boolean => isObj(x) || Array.isArray(x);
const hasTables = (o: unknown, keys: string[]): boolean => isObj(o) && keys.every((k) => isTable(o[k]));
// Containers and processes are stored in buckets (engine/tables/): lists of buckets, null where empty.
const isBucketed = (x: unknown, bucket: (b: unknown) => boolean): boolean => Array.isArray(x) && x.every((b) => b === null || bucket(b));
const isProcessBucket = (b: unknown): boolean => Array.isArray(b) && b.every((p) => p === null || isObj(p));
// Namespaces and cgroups are chunked lists: a list of lists.
const isChunked = (x: unknown): boolean => Array.isArray(x) && x.every((chunk) => Array.isArray(chunk));

export function validateSession(data: unknown): Validation {
  if (!isObj(data)) return { ok: false, reason: 'invalid' };
  if (data.schema !== SCHEMA_VERSION) return { ok: false, reason: 'version' };
  const { world, terminalId, ui } = data;
  if (!isObj(world) || world.version !== 1) return { ok: false, reason: 'version' };
  if (!isStr(terminalId) || !validWorld(world, terminalId) || !validUi(ui)) return { ok: false, reason: 'invalid' };
  const session = data as unknown as PersistedSession;
  // The last word: the shell must be able to show a prompt for this world.
  try {
    promptOf(session.world, terminalId);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true, session };
}

function validWorld(world: Obj, terminalId: string): boolean {
  if (!isStr(world.profile) || !Object.hasOwn(PROFILES, world.profile)) return false;
  if (!isNum(world.now) || !isNum(world.rng) || !isObj(world.layerStore)) return false;
  const { hosts, terminals } = world;
  if (!isObj(hosts) || Object.keys(hosts).length === 0 || !isObj(terminals)) return false;
  for (const [name, host] of Object.entries(hosts)) {
    if (!isObj(host) || host.name !== name || !isStr(host.ip) || !isObj(host.fs)) return false;
    if (!hasTables(host.kernel, ['processes', 'namespaces', 'cgroups'])) return false;
    if (!hasTables(host.daemon, ['images', 'tags', 'layers', 'containers', 'networks', 'volumes'])) return false;
    const kernel = host.kernel as Obj;
    const daemon = host.daemon as Obj;
    if (!isBucketed(kernel.processes, isProcessBucket) || !isBucketed(daemon.containers, isObj) || !isNum(daemon.containerSeq)) return false;
    if (!isChunked(kernel.namespaces) || !isChunked(kernel.cgroups)) return false;
  }
  if (!Object.hasOwn(terminals, terminalId)) return false;
  for (const [id, terminal] of Object.entries(terminals)) {
    if (!isObj(terminal) || terminal.id !== id || !isStr(terminal.host) || !Object.hasOwn(hosts, terminal.host)) return false;
    if (!Array.isArray(terminal.history) || !terminal.history.every(isStr)) return false;
    if (terminal.job !== null && !isObj(terminal.job)) return false;
    const frames = terminal.frames;
    if (!Array.isArray(frames) || frames.length === 0) return false;
    if (!frames.every((f) => isObj(f) && isStr(f.program) && isStr(f.cwd) && isObj(f.env))) return false;
  }
  return true;
}

function validUi(ui: unknown): boolean {
  if (!isObj(ui) || (ui.lang !== 'bn' && ui.lang !== 'en') || !isStr(ui.browserUrl)) return false;
  if (ui.screenReader !== undefined && typeof ui.screenReader !== 'boolean') return false;
  const panels = ui.panels;
  return (
    isObj(panels) &&
    PANEL_ORDER.every((id) => {
      const p = panels[id];
      return isObj(p) && isNum(p.weight) && p.weight > 0 && typeof p.collapsed === 'boolean';
    })
  );
}
