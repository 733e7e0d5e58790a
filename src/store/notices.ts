/** Messages the app owes the reader (saved data set aside, a file that could not be read). Not persisted. */
import { create } from 'zustand';

export interface Notice {
  id: number;
  /** A UI string key. */
  key: string;
  params?: Record<string, string>;
}

interface NoticeStore {
  notices: Notice[];
  add: (key: string, params?: Record<string, string>) => void;
  dismiss: (id: number) => void;
}

let counter = 0;

export const useNotices = create<NoticeStore>()((set) => ({
  notices: [],
  add: (key, params) => set((store) => ({ notices: [...store.notices, { id: ++counter, key, ...(params ? { params } : {}) }] })),
  dismiss: (id) => set((store) => ({ notices: store.notices.filter((notice) => notice.id !== id) })),
}));
