/** One printed page of the plan: the cover, a comic page with what follows it, lessons, helplines or notes. */
import { useTranslation } from 'react-i18next';
import { PageView } from '../comic/page-view';
import { artUrl } from '../content/bundled';
import { LESSONS_NAMESPACE, useNamespaceText } from '../content/text';
import { pageById, sceneById } from '../engine';
import type { Lesson, Story } from '../story/schema';
import { lessonKeys, storyKeys } from '../story/strings';
import { useHelpWords } from '../ui/help-words';
import { Helplines } from '../ui/helplines';
import { StoryText } from '../ui/story-text';
import { PanelStrip } from './panel-strip';
import { SceneEndBlock } from './scene-end';
import type { PrintedPage } from '../paper/plan';

export type TextLookup = (key: string, fallback?: string) => string;

interface Props {
  story: Story;
  page: PrintedPage;
  text: TextLookup;
  lessons: Lesson[];
}

export function PrintedPageView({ story, page, text, lessons }: Props) {
  // The back page's helplines title is among the helplines' words, loaded with them.
  const t = useHelpWords();
  return (
    <article
      className={`printed-page printed-${page.kind}`}
      data-page={page.number ?? 'cover'}
      data-page-id={page.kind === 'comic' ? page.pageId : undefined}
      data-part={page.kind === 'comic' ? page.panels?.from : undefined}
    >
      <div className="printed-body">
        {page.kind === 'cover' ? <Cover story={story} text={text} /> : null}
        {page.kind === 'comic' ? <Comic story={story} page={page} text={text} /> : null}
        {page.kind === 'scene-end' ? <SceneEndBlock story={story} end={page.end} text={text} /> : null}
        {page.kind === 'lessons' ? (
          <LessonsPage lessons={page.lessonIds.map((id) => lessons.find((lesson) => lesson.id === id)).filter((lesson) => lesson !== undefined)} />
        ) : null}
        {page.kind === 'helplines' ? (
          <>
            <h2>{t('help.title')}</h2>
            <Helplines heading={3} factsChecked={story.factsChecked} />
          </>
        ) : null}
        {page.kind === 'notes' ? (
          <>
            <h2>{t('print.notes')}</h2>
            <div className="notes-lines" aria-hidden="true">
              {Array.from({ length: 12 }, (_, index) => (
                <span key={index} />
              ))}
            </div>
          </>
        ) : null}
      </div>
      {/* The number doubles as the anchor "turn to page N" points at, and the PDF tests read it; a page of choices set
          apart says whose it is, so that "page N" stays the page where the scene's art is. */}
      {page.kind === 'scene-end' || (page.kind === 'comic' && page.continued) ? (
        <p className="printed-number">{t('print.continued', { page: page.number })}</p>
      ) : page.number === null ? null : (
        <p className="printed-number">— {page.number} —</p>
      )}
    </article>
  );
}

function Cover({ story, text }: { story: Story; text: TextLookup }) {
  return (
    <>
      <img className="printed-cover-art" src={artUrl(story.id, story.cover)} alt="" />
      <h2 className="printed-title">{text(storyKeys.title(), story.title)}</h2>
      <p className="printed-summary">{text(storyKeys.summary(), story.summary)}</p>
      <p className="printed-brand">Komik Saku</p>
    </>
  );
}

function Comic({ story, page, text }: { story: Story; page: Extract<PrintedPage, { kind: 'comic' }>; text: TextLookup }) {
  const comicPage = pageById(story, page.sceneId, page.pageId);
  // A gamebook's reader arrives at a scene by turning to it: its first page says which scene it is.
  const scene = page.opensScene ? sceneById(story, page.sceneId) : undefined;
  if (!comicPage) return null;
  return (
    <>
      {scene?.title ? <h2 className="printed-scene-title">{text(storyKeys.sceneTitle(scene.id), scene.title)}</h2> : null}
      {page.textBelow ? (
        <PanelStrip story={story} page={comicPage} text={text} panels={page.panels} />
      ) : (
        <PageView story={story} page={comicPage} currentPanelId={null} text={text} textScale={1} />
      )}
      {page.end ? <SceneEndBlock story={story} end={page.end} text={text} /> : null}
    </>
  );
}

function LessonsPage({ lessons }: { lessons: Lesson[] }) {
  const { t } = useTranslation();
  const text = useNamespaceText(LESSONS_NAMESPACE);
  return (
    <>
      <h2>{t('print.lessons')}</h2>
      <ul className="printed-lessons">
        {lessons.map((lesson) => (
          <li key={lesson.id}>
            <img src={artUrl('lessons', lesson.icon)} alt="" />
            <div>
              <h3>{text(lessonKeys.title(lesson.id), lesson.title)}</h3>
              <p>
                <StoryText text={text(lessonKeys.message(lesson.id), lesson.message)} />
              </p>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
