/** The lessons catalog's lessons for the condition pickers ("lesson learned"): none until it has loaded. */
import { useEffect, useState } from 'react';
import { loadBundledCatalog } from '../../content/load-catalog';
import type { Lesson } from '../../story/schema';

export function useLessons(): Lesson[] {
  const [lessons, setLessons] = useState<Lesson[]>([]);
  useEffect(() => {
    let live = true;
    void loadBundledCatalog().then((result) => {
      if (live && result.ok) setLessons(result.catalog.lessons);
    });
    return () => {
      live = false;
    };
  }, []);
  return lessons;
}
