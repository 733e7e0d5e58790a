/** Listen mode's core: what is said for each beat, in which order, and where reading stops. */
import { describe, expect, it } from 'vitest';
import { beatOf, choose, next, start } from '../../src/engine';
import { listenOff, listenStep, type ListenState } from '../../src/comic/listen/listen-state';
import { beatKey, scriptOf, type Script } from '../../src/comic/listen/script';
import { baseLanguage, voiceFor } from '../../src/comic/listen/voice';
import { bundledStory } from '../fixtures/bundled-story';

const story = bundledStory('sample');
const said = (script: Script) => script.cues.map((cue) => (cue.letter ? `${cue.letter} ${cue.key}` : cue.key));

describe('what listen mode says', () => {
  it("reads a panel's balloons in the order written, its description first only when asked", () => {
    const beat = beatOf(story, start(story));
    expect(said(scriptOf(story, beat, { descriptions: false }))).toEqual(['panel.warung-1.balloon.caption', 'panel.warung-1.balloon.darto']);
    const withDescription = scriptOf(story, beat, { descriptions: true });
    expect(said(withDescription)[0]).toBe('panel.warung-1.description');
    // For a listener who cannot see who speaks, the speaker is named.
    expect(withDescription.cues[2]?.speakerKey).toBe('character.pak-darto.name');
    expect(withDescription.end).toBe('next');
  });

  it('reads the question and each option with its letter at a choice, then stops', () => {
    const atChoice = next(story, next(story, next(story, start(story))));
    const script = scriptOf(story, beatOf(story, atChoice), { descriptions: false });
    expect(said(script)).toEqual(['scene.warung.prompt', 'A choice.ask-disnaker.text', 'B choice.take-money.text']);
    expect(script.end).toBe('stop');
  });

  it('reads an ending: its title, its text and the messages of the lessons learned', () => {
    let state = next(story, next(story, next(story, start(story))));
    const chosen = choose(story, state, 'ask-disnaker');
    if (!chosen.ok) throw new Error('the sample story lets the reader ask first');
    state = chosen.state;
    while (beatOf(story, state).kind === 'panel') state = next(story, state);
    const decide = choose(story, state, 'go-official');
    if (!decide.ok) throw new Error('going the official way is open after asking');
    state = decide.state;
    while (beatOf(story, state).kind === 'panel') state = next(story, state);
    const beat = beatOf(story, state);
    expect(beat.kind).toBe('ending');
    const script = scriptOf(story, beat, { descriptions: false });
    expect(said(script).slice(0, 2)).toEqual(['ending.good-official.title', 'ending.good-official.text']);
    expect(
      said(script)
        .slice(2)
        .every((key) => /^lesson\.[a-z0-9-]+\.message$/.test(key)),
    ).toBe(true);
    expect(script.cues.length).toBeGreaterThan(2);
    expect(script.end).toBe('stop');
  });
});

describe('where listening is', () => {
  const panel: Script = { cues: scriptOf(story, beatOf(story, start(story)), { descriptions: false }).cues, end: 'next' };
  const choice: Script = { ...panel, end: 'stop' };
  const run = (state: ListenState, ...events: Parameters<typeof listenStep>[1][]) => events.reduce(listenStep, state);

  it('plays cue after cue, then waits to turn the page when auto-advance is on, and stops when it is off', () => {
    const playing = run(listenOff('a'), { type: 'toggle' });
    expect(playing).toEqual({ status: 'playing', beat: 'a', cue: 0 });
    const second = run(playing, { type: 'said', script: panel, autoAdvance: true });
    expect(second.cue).toBe(1);
    expect(run(second, { type: 'said', script: panel, autoAdvance: true }).status).toBe('waiting');
    expect(run(second, { type: 'said', script: panel, autoAdvance: false }).status).toBe('done');
  });

  it('stops at a choice whatever auto-advance says, and reads on once the reader has chosen', () => {
    const done = run(
      listenOff('choices'),
      { type: 'toggle' },
      { type: 'said', script: choice, autoAdvance: true },
      { type: 'said', script: choice, autoAdvance: true },
    );
    expect(done.status).toBe('done');
    expect(run(done, { type: 'beat', beat: 'next-panel' })).toEqual({ status: 'playing', beat: 'next-panel', cue: 0 });
  });

  it('keeps its place through pause and resume, and a cue that ends while paused does not move it', () => {
    const paused = run(listenOff('a'), { type: 'toggle' }, { type: 'said', script: panel, autoAdvance: true }, { type: 'toggle' });
    expect(paused).toEqual({ status: 'paused', beat: 'a', cue: 1 });
    expect(run(paused, { type: 'said', script: panel, autoAdvance: true })).toBe(paused);
    expect(run(paused, { type: 'toggle' })).toEqual({ status: 'playing', beat: 'a', cue: 1 });
  });

  it('names beats so that moving on is noticed', () => {
    const first = beatOf(story, start(story));
    expect(beatKey(first)).not.toBe(beatKey(beatOf(story, next(story, start(story)))));
  });
});

describe("the phone's voice", () => {
  const voice = (lang: string, localService = true) => ({ lang, localService, name: lang, default: false, voiceURI: lang }) as SpeechSynthesisVoice;

  it('is only ever one of the language of the text, an old Android "in" counting as Indonesian', () => {
    expect(baseLanguage('in_ID')).toBe('id');
    expect(voiceFor([voice('en-US'), voice('id-ID', false), voice('in-ID')], 'id')?.lang).toBe('in-ID');
    expect(voiceFor([voice('en-US'), voice('ms-MY')], 'id')).toBeNull();
    expect(voiceFor([voice('en-GB')], 'jv')).toBeNull();
  });
});
