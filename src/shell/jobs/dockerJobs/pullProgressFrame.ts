// What a TTY shows of a pull at one instant: one line per layer in docker/cli's jsonmessage
// format (`<id>: Downloading [=====>     ]  3.146MB/31.37MB`), and the ANSI frame that redraws
// that block in place over the previous one.
import type { LayerProgress } from '../../../engine/images/pullImage';
import { humanSizeWithPrecision } from '../../format/units';

/** jsonmessage's progress bar: 50 cells of `=` ending in `>`. */
const BAR_WIDTH = 50;
/** The bar shows only on terminals wider than this; without a known size jsonmessage assumes 200. */
const BAR_MIN_COLS = 110;
export const DEFAULT_COLS = 200;
/** "Verifying Checksum" stays on screen this long before "Download complete". */
const VERIFY_MS = 100;
/** Every layer first says "Pulling fs layer" while the daemon reads the manifest. */
const PULLING_FS_LAYER_MS = 100;

/** go-units HumanSize: decimal units, 4 significant digits ("3.146MB", "512B"). */
function goHumanSize(bytes: number): string {
  return humanSizeWithPrecision(bytes, 4);
}

/** JSONProgress.String(): the bar (wide terminals only), then `%8v/%v` of current and total. */
export function progressText(current: number, total: number, cols = DEFAULT_COLS): string {
  const percentage = Math.min(BAR_WIDTH, Math.trunc(Math.trunc((current / total) * 100) / 2));
  const bar = cols > BAR_MIN_COLS ? `[${'='.repeat(percentage)}>${' '.repeat(BAR_WIDTH - percentage)}] ` : '';
  return `${bar}${goHumanSize(current).padStart(8)}/${goHumanSize(total)}`;
}

/** The line of one layer `elapsed` virtual ms after the pull started. */
export function layerLine(layer: LayerProgress, elapsed: number, cols = DEFAULT_COLS): string {
  const head = `${layer.id}: `;
  if (layer.states[0] === 'Already exists') return `${head}Already exists`;
  if (elapsed < PULLING_FS_LAYER_MS) return `${head}Pulling fs layer`;
  if (elapsed < layer.downloadStartAt) return `${head}Waiting`;
  const fraction = (from: number, to: number) => (to > from ? Math.min(1, (elapsed - from) / (to - from)) : 1);
  if (elapsed < layer.downloadedAt) {
    const current = Math.floor(layer.total * fraction(layer.downloadStartAt, layer.downloadedAt));
    return `${head}Downloading ${progressText(current, layer.total, cols)}`;
  }
  if (elapsed < layer.extractStartAt) {
    return `${head}${elapsed < layer.downloadedAt + VERIFY_MS ? 'Verifying Checksum' : 'Download complete'}`;
  }
  if (elapsed < layer.extractedAt) {
    // The extraction reads the compressed blob: its counts run against the download's total.
    const current = Math.floor(layer.total * fraction(layer.extractStartAt, layer.extractedAt));
    return `${head}Extracting ${progressText(current, layer.total, cols)}`;
  }
  return `${head}Pull complete`;
}

/** Cursor up over the `drawn` rows shown before, then clear to the end of the screen. */
export function eraseBlock(drawn: number): string {
  return drawn > 0 ? `\x1b[${drawn}A\x1b[J` : '\x1b[J';
}

export interface ProgressFrame {
  text: string;
  /** Screen rows the block takes: a line longer than the terminal wraps onto more. */
  rows: number;
}

/** The redraw of the layer block at `elapsed`, replacing the `drawn` rows of the last frame. */
export function progressFrame(layers: readonly LayerProgress[], elapsed: number, drawn: number, cols = DEFAULT_COLS): ProgressFrame {
  const lines = layers.map((l) => layerLine(l, elapsed, cols));
  const rows = lines.reduce((n, line) => n + Math.max(1, Math.ceil(line.length / cols)), 0);
  return { text: eraseBlock(drawn) + lines.map((line) => `${line}\n`).join(''), rows };
}
