// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The walls between layers (design.md): the format and the engine know nothing of the UI, storage or Node. */
const pureLayer = {
  patterns: [
    { group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'i18next', 'react-i18next', 'framer-motion'], message: 'src/story and src/engine stay pure: no UI, store or i18n libraries.' },
    { group: ['node:*', 'fs', 'path'], message: 'src/story and src/engine run in the browser too: no Node modules.' },
    { group: ['../store/*', '../app/*', '../reader/*', '../library/*', '../lessons/*', '../present/*', '../print/*', '../settings/*'], message: 'Lower layers never import the layers above them.' },
  ],
};

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
);
