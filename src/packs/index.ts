/** Story packs (.komik): one file holding a story, its translations and its art, written and read safely. */
export { writePack, type PackFiles } from './write';
export { readPack, type Pack } from './read';
export { PACK_FORMAT, type Manifest } from './manifest';
export { MAX_BYTES, MAX_ENTRIES, MAX_PACK_BYTES, MAX_TOTAL_BYTES } from './limits';
export { placeInCheckout } from './names';
export { SIGNATURE_ALGORITHM, signedText, signPackFiles, verifyPack, type PackTrust, type Publisher } from './sign';
export { PUBLISHERS } from './publishers';
