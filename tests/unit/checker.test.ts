import { describe, expect, it } from 'vitest';
import { explore } from '../../src/engine/explore';
import { checkCatalog, checkLessonCoverage, checkStory, type CheckContext } from '../../src/story/check/index';
import { sourceHash } from '../../src/story/hash';
import { loadStory, loadTranslation } from '../../src/story/load';
import type { Parsed } from '../../src/story/parse';
import type { Problem } from '../../src/story/problem';
import { storyStrings } from '../../src/story/strings';
import type { LessonCatalog, Story, Translation } from '../../src/story/schema';
import { explorationProblems } from '../../src/engine/exploration-problems';
import { branching, choice, choices, ending, next, scene, story } from '../fixtures/build-story';

const catalog: LessonCatalog = {
  schemaVersion: 1,
  language: 'id',
  lessons: ['l-official', 'l-contract', 'l-passport', 'l-unused'].map((id) => ({
    id,
    title: id,
    message: `${id} message`,
    explanation: `${id} explained`,
    icon: `${id}.svg`,
  })),
};
const helplines = ['0800-1000', '+62 21 29244800', '110'];
const context = (missingArt: string[] = []): CheckContext => ({
  catalog,
  catalogFile: 'stories/lessons/lessons.json',
  artExists: (_folder, file) => !missingArt.includes(file),
  helplines,
});

function check(s: Story, translations: { file: string; translation: Translation }[] = [], missingArt: string[] = []): Problem[] {
  return checkStory({ file: 'stories/test/story.json', story: s, translations }, context(missingArt));
}
const codes = (problems: Problem[]) => problems.map((problem) => `${problem.severity} ${problem.code} ${problem.path}`);

describe('a clean story', () => {
  it('has no findings', () => {
    expect(check(branching())).toEqual([]);
  });
});

describe('schema errors name the path and the problem', () => {
  const valid = JSON.stringify(branching());

  it('reports a wrong type with its JSON path', () => {
    const broken = JSON.parse(valid);
    broken.scenes[1].then.choices[0].target = 7;
    const result = loadStory(JSON.stringify(broken), 'stories/x/story.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ severity: 'error', code: 'schema', file: 'stories/x/story.json', path: '$.scenes[1].then.choices[0].target' });
    expect(result.problems[0]!.message).toMatch(/string.*7|7.*string/i);
  });

  it('names an unknown (misspelt) field', () => {
    const broken = JSON.parse(valid);
    broken.scenes[0].pages[0].panels[0].descripton = 'typo';
    const result = loadStory(JSON.stringify(broken), 'f.json');
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.message])).toContainEqual([
      '$.scenes[0].pages[0].panels[0].descripton',
      expect.stringContaining('Unknown field "descripton"'),
    ]);
  });

  it('reports a missing panel description as a missing field', () => {
    const broken = JSON.parse(valid);
    delete broken.scenes[0].pages[0].panels[0].description;
    const result = loadStory(JSON.stringify(broken), 'f.json');
    expect(result.ok ? [] : codes(result.problems)).toContain('error schema $.scenes[0].pages[0].panels[0].description');
  });

  it('reports a bad ID, a bad balloon kind and an empty text, all at once', () => {
    const broken = JSON.parse(valid);
    broken.scenes[0].id = 'Has Spaces';
    broken.scenes[0].pages[0].panels[0].balloons[0].kind = 'yell';
    broken.scenes[0].pages[0].panels[0].balloons[0].text = '';
    const result = loadStory(JSON.stringify(broken), 'f.json');
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      '$.scenes[0].id',
      '$.scenes[0].pages[0].panels[0].balloons[0].kind',
      '$.scenes[0].pages[0].panels[0].balloons[0].text',
    ]);
  });

  it('reports text that is not JSON with a line and column', () => {
    const result = loadStory('{\n  "id": "x",\n  oops\n}', 'f.json');
    expect(result.ok ? null : result.problems[0]).toMatchObject({ code: 'not-json', path: '$', message: expect.stringMatching(/line 3, column 3/) });
  });

  it('refuses a too deeply nested file before validating it', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const result = loadStory(deep, 'f.json');
    expect(result.ok ? null : result.problems[0]?.code).toBe('too-deep');
  });

  it('refuses an oversized file', () => {
    const result = loadStory(' '.repeat(5_000_001), 'f.json');
    expect(result.ok ? null : result.problems[0]?.code).toBe('too-large');
  });
});

// Names every JavaScript object has would read its machinery instead of the reader's data (a lesson "constructor"
// looked learned already, an ending list "constructor" crashed), and valibot drops such keys from records silently.
describe('reserved names', () => {
  const valid = JSON.stringify(branching());
  const problemsOf = (text: string, load: (text: string, file: string) => Parsed<unknown> = loadStory) => {
    const result = load(text, 'f.json');
    return result.ok ? [] : result.problems.map((problem) => [problem.path, problem.message] as const);
  };

  it.each([
    ['the story', (story: Story) => (story.id = 'constructor'), '$.id'],
    ['a scene', (story: Story) => (story.scenes[0]!.id = 'prototype'), '$.scenes[0].id'],
    ['a lesson taught', (story: Story) => (story.scenes[2]!.teaches = ['constructor']), '$.scenes[2].teaches[0]'],
    ['a flag', (story: Story) => (story.flags![0]!.id = 'constructor'), '$.flags[0].id'],
  ])('refuses %s named like a property of every object, saying so', (_what, change, path) => {
    const story = JSON.parse(valid) as Story;
    change(story);
    expect(problemsOf(JSON.stringify(story))).toContainEqual([
      path,
      expect.stringMatching(/^This name is reserved .* choose another ID \(found "(constructor|prototype)"\)\.$/),
    ]);
  });

  it('refuses __proto__ and toString as IDs (not lower-case letters, digits and dashes)', () => {
    for (const id of ['__proto__', 'toString', 'hasOwnProperty']) {
      const story = JSON.parse(valid) as Story;
      story.endings[0]!.id = id;
      expect(problemsOf(JSON.stringify(story)).map(([path]) => path)).toContain('$.endings[0].id');
    }
  });

  it.each(['__proto__', 'constructor', 'prototype'])('names a %s key in a translation instead of dropping it', (key) => {
    const text = `{"schemaVersion": 1, "language": "en", "strings": {"title": {"text": "T", "source": "00000000"}, "${key}": {"text": "x", "source": "00000000"}}}`;
    expect(problemsOf(text, loadTranslation)).toEqual([[`$.strings.${key}`, expect.stringContaining(`The key "${key}" is reserved`)]]);
  });

  it('finds a reserved key at any depth of a story file', () => {
    const story = JSON.parse(valid);
    story.scenes[1].then.choices[0].condition = JSON.parse('{"__proto__": {"flag": "asked"}}');
    expect(problemsOf(JSON.stringify(story))).toEqual([['$.scenes[1].then.choices[0].condition.__proto__', expect.stringContaining('reserved')]]);
  });
});

// Lengths the bundled stories stay far below (386 characters at most), so a slip or a hostile file cannot stall a phone.
describe('text lengths', () => {
  const valid = JSON.stringify(branching());

  it('caps balloon, choice and title text at 500 characters and longer texts at 2000, naming the length found', () => {
    const story = JSON.parse(valid) as Story;
    story.scenes[0]!.pages[0]!.panels[0]!.balloons[0]!.text = 'a'.repeat(501);
    (story.scenes[1]!.then as { choices: { text: string }[] }).choices[0]!.text = 'b'.repeat(501);
    story.title = 'c'.repeat(501);
    story.endings[0]!.text = 'd'.repeat(2001);
    story.scenes[0]!.pages[0]!.panels[0]!.balloons[0]!.text = '0800 '.repeat(12_000);
    const result = loadStory(JSON.stringify(story), 'f.json');
    expect(result.ok ? [] : result.problems.map((problem) => `${problem.path} ${problem.message}`)).toEqual([
      '$.title The text is longer than 500 characters: a balloon, choice or title must stay short (split it) (found 501).',
      '$.scenes[0].pages[0].panels[0].balloons[0].text The text is longer than 500 characters: a balloon, choice or title must stay short (split it) (found 60000).',
      '$.scenes[1].then.choices[0].text The text is longer than 500 characters: a balloon, choice or title must stay short (split it) (found 501).',
      '$.endings[0].text The text is longer than 2000 characters: shorten it or split it (found 2001).',
    ]);
  });

  it('caps a translated text, its key, a note and a language tag', () => {
    const translation = {
      schemaVersion: 1,
      language: `en-${'x'.repeat(40)}`,
      note: 'n'.repeat(2001),
      strings: { title: { text: '7'.repeat(60_000), source: '00000000' }, ['k'.repeat(301)]: { text: 'x', source: '00000000' } },
    };
    const result = loadTranslation(JSON.stringify(translation), 'f.json');
    expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual([
      '$.language',
      '$.note',
      '$.strings.title.text',
      `$.strings.${'k'.repeat(301)}`,
    ]);
  });
});

describe('cross-reference findings', () => {
  it('broken targets: start, next, choice target, ending and visited condition', () => {
    const s = story(
      [
        scene('a', next('nowhere')),
        scene('b', choices(choice('c1', 'ghost', { condition: { kind: 'visited', visited: 'phantom' }, unavailable: 'x' }))),
        scene('c', ending('no-such-ending')),
      ],
      { start: 'missing-start' },
    );
    expect(codes(check(s)).filter((code) => code.includes('broken-target'))).toEqual([
      'error broken-target $.start',
      'error broken-target $.scenes[0].then.scene',
      'error broken-target $.scenes[1].then.choices[0].target',
      'error broken-target $.scenes[1].then.choices[0].condition.visited',
      'error broken-target $.scenes[2].then.ending',
    ]);
  });

  it('duplicate IDs of scenes, panels, choices and balloons within a panel', () => {
    const s = branching();
    s.scenes[3]!.id = 'office';
    s.scenes[2]!.pages[0]!.panels[1]!.id = 'office-1';
    const then = s.scenes[1]!.then as { choices: { id: string }[] };
    then.choices[1]!.id = 'safe';
    s.scenes[0]!.pages[0]!.panels[0]!.balloons.push({ ...s.scenes[0]!.pages[0]!.panels[0]!.balloons[0]! });
    const found = check(s).filter((problem) => problem.code === 'duplicate-id');
    expect(found.map((problem) => problem.path)).toEqual([
      '$.scenes[3].id',
      '$.scenes[2].pages[0].panels[1].id',
      '$.scenes[1].then.choices[1].id',
      '$.scenes[0].pages[0].panels[0].balloons[1].id',
    ]);
    expect(found[0]!.message).toContain('first is at $.scenes[2].id');
  });

  it('unknown lessons, undeclared flags, unknown or missing speakers', () => {
    const s = branching();
    s.scenes[2]!.teaches = ['l-nope'];
    s.flags = [{ id: 'paid' }, { id: 'never-used' }];
    const balloons = s.scenes[0]!.pages[0]!.panels[0]!.balloons;
    balloons.push({ id: 'b', kind: 'speech', speaker: 'stranger', text: 'Hi', box: { x: 0, y: 0, w: 0.5, h: 0.5 } });
    balloons.push({ id: 'c', kind: 'shout', text: 'Hey', box: { x: 0, y: 0, w: 0.5, h: 0.5 } });
    expect(codes(check(s))).toEqual(
      expect.arrayContaining([
        'error unknown-lesson $.scenes[2].teaches[0]',
        'error unknown-flag $.scenes[1].then.choices[0].effects[0].set',
        'error unknown-flag $.scenes[1].then.choices[2].condition.flag',
        'warning unused-flag $.flags[1].id',
        'error unknown-speaker $.scenes[0].pages[0].panels[0].balloons[1].speaker',
        'error missing-speaker $.scenes[0].pages[0].panels[0].balloons[2]',
      ]),
    );
  });
});

describe('graph findings (conditions ignored)', () => {
  it('an unreachable scene is a warning; a loop with no way to an ending is an error', () => {
    const s = story([
      scene('a', choices(choice('x', 'b'), choice('y', 'end'))),
      scene('b', next('c')),
      scene('c', next('b')),
      scene('end', ending('good')),
      scene('island', ending('bad')),
    ]);
    expect(codes(check(s))).toEqual(
      expect.arrayContaining(['error no-ending $.scenes[1].id', 'error no-ending $.scenes[2].id', 'warning unreachable-scene $.scenes[4].id']),
    );
  });

  it('an ending no scene uses is a warning', () => {
    const s = story([scene('a', ending('good'))]);
    expect(codes(check(s))).toContain('warning unused-ending $.endings[1].id');
  });
});

describe('findings that need every path played', () => {
  const play = (s: Story) => explorationProblems({ file: 'stories/test/story.json', story: s, translations: [] }, explore(s));

  it('a choice point where every choice can be unavailable is a dead end, with the path that leads there', () => {
    const s = story(
      [
        scene('a', choices(choice('ask', 'b', { effects: [{ set: 'asked' }] }), choice('skip', 'b'))),
        scene('b', choices(choice('go', 'end', { condition: { kind: 'flag', flag: 'asked' }, unavailable: 'Ask first.' }))),
        scene('end', ending('good')),
      ],
      { flags: [{ id: 'asked' }] },
    );
    expect(check(s).filter((problem) => problem.severity === 'error')).toEqual([]);
    const found = play(s);
    expect(codes(found)).toContain('error dead-end $.scenes[1].then.choices');
    expect(found.find((problem) => problem.code === 'dead-end')!.message).toContain('"skip"');
  });

  it('a scene only a never-true condition leads to is unreachable', () => {
    const s = story(
      [
        scene('a', choices(choice('go', 'end'), choice('secret', 'hidden', { condition: { kind: 'flag', flag: 'never' } }))),
        scene('hidden', ending('bad')),
        scene('end', ending('good')),
      ],
      { flags: [{ id: 'never' }] },
    );
    expect(codes(play(s))).toEqual(['warning unreachable-scene $.scenes[1].id']);
  });

  it('a state that can only loop once a flag is set is a trap', () => {
    const s = story(
      [
        scene('a', choices(choice('set', 'hub', { effects: [{ set: 'f' }] }), choice('plain', 'hub'))),
        scene('hub', choices(choice('leave', 'end', { condition: { kind: 'not', not: { kind: 'flag', flag: 'f' } } }), choice('stay', 'hub'))),
        scene('end', ending('good')),
      ],
      { flags: [{ id: 'f' }] },
    );
    expect(codes(play(s))).toContain('error no-ending $.scenes[1].id');
  });

  it('collects the lessons some path teaches, for the catalog coverage check', () => {
    const taught = explore(branching()).taughtLessons;
    expect([...taught].sort()).toEqual(['l-contract', 'l-official', 'l-passport']);
    expect(codes(checkLessonCoverage(catalog, 'stories/lessons/lessons.json', taught))).toEqual(['warning lesson-not-taught $.lessons[3].id']);
  });
});

describe('art, descriptions and balloon layout', () => {
  it('reports missing panel art and a missing cover', () => {
    expect(codes(check(branching(), [], ['office-2.svg', 'cover.svg']))).toEqual([
      'error missing-art $.cover',
      'error missing-art $.scenes[2].pages[0].panels[1].art',
    ]);
  });

  it('warns about a description too short to help a screen-reader user', () => {
    const s = branching();
    s.scenes[0]!.pages[0]!.panels[0]!.description = 'A panel';
    expect(codes(check(s))).toEqual(['warning short-description $.scenes[0].pages[0].panels[0].description']);
  });

  it('reports a balloon past the panel edge and text too long for its box, in the source and in a translation', () => {
    const s = branching();
    const panel = s.scenes[0]!.pages[0]!.panels[0]!;
    panel.balloons = [
      { id: 'wide', kind: 'caption', text: 'Short.', box: { x: 0.6, y: 0.1, w: 0.5, h: 0.2 } },
      { id: 'tiny', kind: 'caption', text: 'Far too much text for such a very small balloon on a phone screen.', box: { x: 0.05, y: 0.5, w: 0.3, h: 0.08 } },
      { id: 'fits', kind: 'caption', text: 'Ok.', box: { x: 0.05, y: 0.7, w: 0.4, h: 0.2 } },
    ];
    const en: Translation = {
      schemaVersion: 1,
      language: 'en',
      strings: { 'panel.intro-1.balloon.fits': { text: 'This English text is much longer than the source and overflows.', source: sourceHash('Ok.') } },
    };
    const found = check(s, [{ file: 'stories/test/i18n/en.json', translation: en }]).filter((problem) => problem.file === 'stories/test/story.json');
    expect(codes(found)).toEqual([
      'error outside $.scenes[0].pages[0].panels[0].balloons[0].box',
      'warning text-too-long $.scenes[0].pages[0].panels[0].balloons[1].text',
      'warning text-too-long $.scenes[0].pages[0].panels[0].balloons[2].text',
    ]);
    expect(found[2]!.message).toContain('(en, stories/test/i18n/en.json');
  });
});

describe('translations', () => {
  const s = branching();
  const complete = (): Translation => {
    const strings: Translation['strings'] = {};
    for (const entry of storyStrings(s)) {
      strings[entry.key] = { text: `EN ${entry.text}`, source: sourceHash(entry.text) };
    }
    return { schemaVersion: 1, language: 'en', status: 'reviewed', strings };
  };
  const findings = (translation: Translation, file = 'stories/test/i18n/en.json') =>
    check(s, [{ file, translation }]).filter((problem) => problem.file === file);

  it('a complete, current translation has no findings', () => {
    expect(findings(complete())).toEqual([]);
  });

  it('a stale entry names the key and the command that records it as checked, not a hash to copy', () => {
    const translation = complete();
    translation.strings['choice.safe.text']!.source = '00000000';
    const found = findings(translation);
    expect(codes(found)).toEqual(['warning stale-translation $.strings["choice.safe.text"].source']);
    expect(found[0]!.message).toContain('"choice.safe.text"');
    expect(found[0]!.message).toContain('`npm run story:translate -- stories/test en --accept-stale`');
    expect(found[0]!.message).not.toContain(sourceHash('Choose safe'));
  });

  it('an empty entry is not translated yet: a warning in a draft, an error in a reviewed translation', () => {
    const draft = { ...complete(), status: 'draft' as const };
    draft.strings['title'] = { text: ' ', source: sourceHash('Test') };
    expect(codes(findings(draft))).toEqual(['warning untranslated $.strings.title.text']);
    const reviewed = complete();
    reviewed.strings['title'] = { text: '', source: sourceHash('Test') };
    expect(codes(findings(reviewed))).toEqual(['error untranslated $.strings.title.text', 'error incomplete-translation $.status']);
  });

  it('missing entries are warnings in a draft and errors in a reviewed translation', () => {
    const draft = { ...complete(), status: 'draft' as const };
    delete draft.strings['title'];
    expect(codes(findings(draft))).toEqual(['warning missing-translation $.strings.title']);
    const reviewed = complete();
    delete reviewed.strings['title'];
    expect(codes(findings(reviewed))).toEqual(['error missing-translation $.strings.title', 'error incomplete-translation $.status']);
  });

  it("a translation into the source language itself is an error (it would replace the author's text)", () => {
    const translation = { ...complete(), language: 'id' };
    expect(codes(findings(translation, 'stories/test/i18n/id.json'))).toEqual(['error source-language $.language']);
  });

  it('an entry for a string that no longer exists, and a file named for another language', () => {
    const translation = complete();
    translation.strings['panel.gone.description'] = { text: 'x', source: '00000000' };
    expect(codes(findings(translation, 'stories/test/i18n/jv.json'))).toEqual([
      'error language-mismatch $.language',
      'warning unknown-translation-key $.strings["panel.gone.description"]',
    ]);
  });
});

describe('phone numbers in story text', () => {
  it('warns about a number that is not a helpline, in the source and in a translation, with the file and the path', () => {
    const s = branching();
    s.scenes[0]!.pages[0]!.panels[0]!.balloons[0]!.text = 'Telepon saja 0811-8080-141, bukan 0800-1000.';
    s.scenes[0]!.pages[0]!.panels[1]!.description = 'Sari menyimpan nomor 081234567890 dari sponsor di ponselnya.';
    s.endings[1]!.text = 'Dari luar negeri +62 21 29244800; polisi 110. Dicek 2026-11, umur 18 tahun.';
    const en: Translation = {
      schemaVersion: 1,
      language: 'en',
      strings: {
        'panel.intro-1.balloon.a': {
          text: 'Just call +62\u00a0812\u00a03456\u00a07890.',
          source: sourceHash(s.scenes[0]!.pages[0]!.panels[0]!.balloons[0]!.text),
        },
      },
    };
    const found = check(s, [{ file: 'stories/test/i18n/en.json', translation: en }]).filter((problem) => problem.code === 'unknown-phone-number');
    expect(found.map((problem) => `${problem.file} ${problem.path}`)).toEqual([
      'stories/test/story.json $.scenes[0].pages[0].panels[0].balloons[0].text',
      'stories/test/story.json $.scenes[0].pages[0].panels[1].description',
      'stories/test/i18n/en.json $.strings["panel.intro-1.balloon.a"].text',
    ]);
    expect(found.every((problem) => problem.severity === 'warning')).toBe(true);
    expect(found[0]!.message).toContain('"0811-8080-141" in "panel.intro-1.balloon.a" is not one of the app\'s helplines (0800-1000, +62 21 29244800, 110)');
    expect(found[1]!.message).toContain('"081234567890"');
    expect(found[2]!.message).toContain('"+62 812 3456 7890"'); // no-break spaces hide nothing
  });

  it('knows a helpline however it is spaced', () => {
    const s = branching();
    s.endings[0]!.text = 'Simpan 0800 1000 dan +622129244800.';
    expect(check(s)).toEqual([]);
  });

  it('checks the lessons catalog and its translations too', () => {
    const changed: LessonCatalog = { ...catalog, lessons: [{ ...catalog.lessons[0]!, message: 'Hubungi 021-555-0199.' }, ...catalog.lessons.slice(1)] };
    const found = checkCatalog(changed, context(), []);
    expect(codes(found)).toEqual(['warning unknown-phone-number $.lessons[0].message']);
  });
});

describe('the lessons catalog', () => {
  it('reports a missing icon and a duplicate lesson', () => {
    const broken: LessonCatalog = { ...catalog, lessons: [...catalog.lessons, catalog.lessons[0]!] };
    const found = checkCatalog(broken, { ...context(), artExists: (_folder, file) => file !== 'l-contract.svg' }, []);
    expect(codes(found)).toEqual(['error missing-art $.lessons[1].icon', 'error duplicate-id $.lessons[4].id']);
  });
});
