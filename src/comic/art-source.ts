/**
 * Where a panel's picture is read from: the app's files by default; the Studio gives a draft's own pictures instead
 * (object URLs of Blobs kept in the browser), so the preview shows the pictures an author uploaded.
 */
import { createContext } from 'react';
import { artUrl } from '../content/bundled';

export type ArtSourceOf = (folder: string, fileName: string) => string;

export const ArtSource = createContext<ArtSourceOf>(artUrl);
