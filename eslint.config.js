// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The walls between layers (design.md): the format and the engine know nothing of the UI, storage or Node. */
const pureLayer = {
  patterns: [
    { group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'i18next', 'react-i18next', 'framer-motion'], message: 'src/story and src/engine stay pure: no UI, store or i18n libraries.' },
    { group: ['node:*', 'fs', 'path'], message: 'src/story and src/engine run in the browser too: no Node modules.' },
    { group: ['../store/*', '../app/*', '../reader/*', '../library/*', '../lessons/*', '../present/*', '../print/*', '../settings/*'], message: 'Lower layers never import the layers above them.' },
  ],
};

const features = ['library', 'reader', 'lessons', 'help', 'present', 'print', 'settings'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['src/story/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [...pureLayer.patterns, { group: ['../engine/*', '../../engine/*'], message: 'The story format does not know the engine.' }] }] } },
  { files: ['src/engine/**/*.ts'], rules: { 'no-restricted-imports': ['error', pureLayer] } },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Features never import each other, nor the app that composes them; shared pieces live in ui/, comic/, content/, store/.
  ...features.map((feature) => ({
    files: [`src/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../app/*', ...features.filter((other) => other !== feature).map((other) => `../${other}/*`)], message: 'Features talk to the engine and the stores, not to each other.' }] }],
    },
  })),
  {
    files: ['src/content/**/*.ts', 'src/store/**/*.ts', 'src/ui/**/*.{ts,tsx}', 'src/comic/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../app/*', ...features.map((other) => `../${other}/*`)], message: 'Shared layers do not import features or the app.' }] }] },
  },
);
