/** Messages the app owes the reader (saved data set aside, storage full), each with what they can do. Not persisted. */
import { create } from 'zustand';

/** What the reader can do about a notice, as a button beside it. */
export type NoticeAction =
  /** Download the stored text under this key (data that could not be set aside). */
  | { kind: 'save-copy'; name: string }
  /** Download the progress as it is in memory (it could not be stored). */
  | { kind: 'export-progress' }
  | { kind: 'reload' };

export interface Notice {
  id: number;
  /** A UI string key. */
  key: string;
  params?: Record<string, string>;
  action?: NoticeAction;
}

interface NoticeStore {
  notices: Notice[];
  /** Shows a notice; one already showing with the same key is not repeated (a full phone fails every write). */
  add: (key: string, params?: Record<string, string>, action?: NoticeAction) => void;
  dismiss: (id: number) => void;
}

let counter = 0;

export const useNotices = create<NoticeStore>()((set) => ({
  notices: [],
  add: (key, params, action) =>
    set((store) =>
      store.notices.some((notice) => notice.key === key)
        ? store
        : { notices: [...store.notices, { id: ++counter, key, ...(params ? { params } : {}), ...(action ? { action } : {}) }] },
    ),
  dismiss: (id) => set((store) => ({ notices: store.notices.filter((notice) => notice.id !== id) })),
}));
