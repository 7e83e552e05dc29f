// Lint enforces the import arrows of ../shared/design/ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  // Determinism: the engine and the shell read time from world.now and randomness from the
  // world's PRNG, never from the host, and never touch the DOM.
  {
    files: ['src/engine/**/*.ts', 'src/shell/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'use world.now' },
        { object: 'Math', property: 'random', message: 'use the world PRNG (prng.ts)' },
        { object: 'performance', property: 'now', message: 'use world.now' }],
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval', 'requestAnimationFrame', 'window', 'document', 'performance'],
    },
  },
  layer(['src/engine/**'], ['**/shell/**', '**/terminal/**', '**/store/**', '**/views/**', '**/ui/**', '**/lessons/**', 'react', 'react-dom', 'zustand', 'd3', '@xterm/*'], 'engine is pure: it imports nothing else from src/'),
  layer(['src/shell/**'], ['**/terminal/**', '**/store/**', '**/views/**', '**/ui/**', '**/lessons/**', 'react', 'react-dom', 'zustand', 'd3', '@xterm/*'], 'shell imports the engine only'),
  layer(['src/terminal/**'], ['**/views/**', '**/ui/**', '**/lessons/**', 'react', 'react-dom', 'd3'], 'terminal imports shell types and the store only'),
  layer(['src/views/**'], ['**/terminal/**', '**/ui/**', '**/lessons/**', '**/shell/**'], 'views draw the world from engine queries'),
  layer(['src/headless/**'], ['**/terminal/**', '**/store/**', '**/views/**', '**/ui/**', 'react', 'react-dom', 'zustand', 'd3', '@xterm/*'], 'the headless runner drives the shell only'),
  layer(['src/lessons/**'], ['**/terminal/**', '**/ui/**', '**/views/**', '**/store/**'], 'the lesson runtime checks worlds; it does not touch the UI'),
);
