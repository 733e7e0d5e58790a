/**
 * The app loads every screen but the library lazily (src/app/screens.tsx). Component tests render a screen and look
 * at it at once, as a reader would after the app has loaded, so the screens' code is loaded before each file.
 */
import { beforeAll } from 'vitest';
import { loadAllScreens } from '../../src/app/screens';

beforeAll(() => loadAllScreens());
