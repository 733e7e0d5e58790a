/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

/** The app's version, set at build time (vite.config.ts). */
declare const __APP_VERSION__: string;

/** The library's list of stories, made at build time (tools/vite-story-summaries.ts, src/content/summaries.ts). */
declare module 'virtual:komik-saku/story-summaries' {
  const summaries: unknown[];
  export default summaries;
}

/** The bytes of the stories' files (text and pictures) the download notice offers, counted at build time (tools/vite-story-summaries.ts). */
declare module 'virtual:komik-saku/offline-bytes' {
  const bytes: number;
  export default bytes;
}

/** Each bundled story's pack digests, this build's and earlier releases' (tools/vite-app-stories.ts, src/packs/app-stories.ts). */
declare module 'virtual:komik-saku/app-stories' {
  const digests: Record<string, readonly string[]>;
  export default digests;
}

/** Whether the lessons catalog and all its translations passed the schema when the app was built (tools/vite-story-summaries.ts). */
declare module 'virtual:komik-saku/lessons-built' {
  const passed: boolean;
  export default passed;
}
