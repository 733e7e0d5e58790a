/** What a reader sees: art present, descriptions real, balloons inside their panel and their text fitting. */
import { jsonPath, type PathSegment } from '../problem';
import { panelAspect, scenePanels } from '../reading-order';
import type { Box } from '../schema';
import { storyKeys, translatedText } from '../strings';
import type { CheckContext, Report, StoryBundle } from './context';
import { balloonLines } from './text-fit';

/** Shorter than this, a description cannot tell a listener what the panel shows. */
const MIN_DESCRIPTION = 15;

export function checkLayout(bundle: StoryBundle, context: CheckContext, report: Report): void {
  const story = bundle.story;
  if (!context.artExists(story.id, story.cover))
    report('error', 'missing-art', '$.cover', `The cover public/panels/${story.id}/${story.cover} does not exist.`, { file: story.cover });
  story.scenes.forEach((scene, s) => {
    const places = scenePanels(scene);
    scene.pages.forEach((page, p) =>
      page.panels.forEach((panel, q) => {
        const at: PathSegment[] = ['scenes', s, 'pages', p, 'panels', q];
        const frame = places.find((place) => place.panel === panel)!.frame;
        if (panel.frame && outside(panel.frame))
          report('error', 'outside', jsonPath([...at, 'frame']), `The panel "${panel.id}" reaches past the edge of its page.`, { context: 'panel' });
        if (!context.artExists(story.id, panel.art)) {
          report(
            'error',
            'missing-art',
            jsonPath([...at, 'art']),
            `The art public/panels/${story.id}/${panel.art} does not exist; readers would see only the description.`,
            { file: panel.art },
          );
        }
        if (panel.description.trim().length < MIN_DESCRIPTION) {
          report(
            'warning',
            'short-description',
            jsonPath([...at, 'description']),
            `The description of "${panel.id}" is too short to tell a screen-reader user what the panel shows.`,
          );
        }
        panel.balloons.forEach((balloon, b) => {
          const path = [...at, 'balloons', b];
          if (outside(balloon.box))
            report('error', 'outside', jsonPath([...path, 'box']), `The balloon "${balloon.id}" reaches past the edge of its panel.`, {
              context: 'balloon',
            });
          const key = storyKeys.balloon(panel.id, balloon.id);
          const texts = [{ language: story.language, text: balloon.text, file: bundle.file }];
          for (const { file, translation } of bundle.translations) {
            const text = translatedText(translation, key);
            if (text !== undefined) texts.push({ language: translation.language, text, file });
          }
          for (const item of texts) {
            const { needed, fit } = balloonLines(balloon, item.text, panelAspect(story, frame), frame.w);
            if (needed > fit) {
              const where = item.file === bundle.file ? '' : ` (${item.language}, ${item.file} ${jsonPath(['strings', key, 'text'])})`;
              report(
                'warning',
                'text-too-long',
                jsonPath([...path, 'text']),
                `The text of balloon "${balloon.id}"${where} needs about ${needed} lines on a phone but its box fits ${fit}: shorten it or enlarge the box.`,
                { needed, fit, ...(where ? { context: 'translation', language: item.language } : {}) },
              );
            }
          }
        });
      }),
    );
  });
}

function outside(box: Box): boolean {
  const slack = 1e-9;
  return box.x + box.w > 1 + slack || box.y + box.h > 1 + slack;
}
