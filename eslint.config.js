// @ts-check
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { LAYERS, TOOLS_MAY_IMPORT } from './eslint.layers.js';

/** Libraries and Node modules the pure layers never import: they run in the browser, in Node and in tests alike. */
const pureLayer = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'i18next', 'react-i18next', 'framer-motion'],
      message: 'src/story, src/engine, src/paper and src/art stay pure: no UI, store or i18n libraries.',
    },
    { group: ['node:*', 'fs', 'path'], message: 'src/story, src/engine, src/paper and src/art run in the browser too: no Node modules.' },
  ],
};

/**
 * The walls between layers as path zones: a file in src/<folder> may import only its own folder and the folders
 * LAYERS lists for it (eslint.layers.js); tools/ only the pure layers. Written as paths, not import patterns, so a
 * wall holds however deep the file or the import (`../../store/progress` too).
 */
const zones = [
  ...Object.entries(LAYERS).map(([folder, { mayImport, why }]) => ({
    target: `./src/${folder}`,
    from: './src',
    except: [folder, ...mayImport].map((allowed) => `./${allowed}`),
    message: `src/${folder} may import only ${mayImport.length > 0 ? mayImport.map((name) => `src/${name}`).join(', ') : 'itself'}: ${why}`,
  })),
  {
    target: './tools',
    from: './src',
    except: TOOLS_MAY_IMPORT.map((allowed) => `./${allowed}`),
    message: `tools/ imports only the pure layers (${TOOLS_MAY_IMPORT.join(', ')} under src/), never the UI or a feature.`,
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'tests/fixtures/lint/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // tests/fixtures/lint/ holds files that break these rules on purpose (tests/unit/lint-walls.test.ts).
    files: ['src/**/*.{ts,tsx}', 'tools/**/*.ts', 'tests/fixtures/lint/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Without the TypeScript extensions and parser, no-cycle would not read .ts files and would find nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  { files: ['src/story/**/*.ts', 'src/engine/**/*.ts', 'src/paper/**/*.ts', 'src/art/**/*.ts'], rules: { 'no-restricted-imports': ['error', pureLayer] } },
  {
    // The React Compiler's rules too (refs during render, setState in effects, impure render): the preset as a whole,
    // with a missing dependency an error rather than a warning.
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: { ...reactHooks.configs.flat.recommended.rules, 'react-hooks/exhaustive-deps': 'error' },
  },
);
