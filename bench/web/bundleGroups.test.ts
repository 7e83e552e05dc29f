import { describe, expect, it } from 'vitest';
import { groupOf, initialChunks } from './bundleGroups';

describe('initialChunks', () => {
  it('follows static imports from the entries, not dynamic ones', () => {
    const manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'], dynamicImports: ['src/lazy.ts'] },
      '_shared.js': { file: 'assets/shared.js' },
      'src/lazy.ts': { file: 'assets/lazy.js', imports: ['_shared.js'] },
    };
    expect([...initialChunks(manifest)]).toEqual(['assets/index.js', 'assets/shared.js']);
  });
});

describe('groupOf', () => {
  it('names packages with their scope and src folders to a depth', () => {
    expect(groupOf('node_modules/@xterm/xterm/lib/xterm.mjs')).toBe('node_modules/@xterm/xterm');
    expect(groupOf('node_modules/.pnpm/x/node_modules/react-dom/cjs/a.js')).toBe('node_modules/react-dom');
    expect(groupOf('src/engine/hub/images/alpine.ts')).toBe('src/engine/hub');
    expect(groupOf('src/engine/hub/images/alpine.ts', 4)).toBe('src/engine/hub/images');
    expect(groupOf('src/main.tsx')).toBe('src');
  });
});
