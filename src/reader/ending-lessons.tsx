/**
 * The lessons of an ending, compact: each one its title in bold and its key message in plain text, the explanation a
 * tap away (a native <details>: keyboard and screen readers know it). Nine full cards made an ending 2,700 px tall.
 */
import { artUrl } from '../content/bundled';
import { LESSONS_NAMESPACE, useNamespaceText } from '../content/text';
import type { Lesson } from '../story/schema';
import { lessonKeys } from '../story/strings';
import { StoryText } from '../ui/story-text';

interface Props {
  heading: string;
  lessons: Lesson[];
  status: 'learned' | 'missed';
}

export function EndingLessons({ heading, lessons, status }: Props) {
  const text = useNamespaceText(LESSONS_NAMESPACE);
  if (lessons.length === 0) return null;
  return (
    <section className={`ending-lessons ending-lessons-${status}`} aria-label={heading}>
      <h3>
        {heading} ({lessons.length})
      </h3>
      <ul>
        {lessons.map((lesson) => (
          <li key={lesson.id} data-lesson={lesson.id}>
            <details>
              <summary>
                <img src={artUrl('lessons', lesson.icon)} alt="" width={32} height={32} />
                <span>
                  <strong>{text(lessonKeys.title(lesson.id), lesson.title)}</strong> <StoryText text={text(lessonKeys.message(lesson.id), lesson.message)} />
                </span>
              </summary>
              <p>
                <StoryText text={text(lessonKeys.explanation(lesson.id), lesson.explanation)} />
              </p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
