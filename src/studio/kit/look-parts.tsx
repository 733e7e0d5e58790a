/**
 * Every part of a character the kit's builder draws, each chosen from small pictures of this very character wearing
 * it (buttons: Tab, then Enter or Space); colours from the kit's swatches or any colour; height on a slider.
 */
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HAIR, SKIN } from '../../art/kit/palette';
import { characterThumb } from '../../art/thumb';
import { BOTTOM_KINDS, HAIR_STYLES, LOOK_BUILDS, LOOK_EXTRAS, LOOK_SEXES, PATTERNS, SHOE_KINDS, SLEEVES, TOP_KINDS } from '../../story/kit-schema';
import type { Look } from '../../story/schema';
import { svgUrl, ThumbChoice, type ThumbOption } from './thumb-choice';

type Extra = (typeof LOOK_EXTRAS)[number];
const HATS = ['peci', 'cap', 'work-cap'] as const satisfies readonly Extra[];
/** The extras chosen one by one (a hat is one of HATS or none). */
const OTHER_EXTRAS = LOOK_EXTRAS.filter((extra) => !(HATS as readonly string[]).includes(extra));
const HIJAB_COLOUR = '#2a9d8f';

/** The look as the builder's parts make it: a hijab hides the hair; a hat is at most one. */
export const withHijab = (look: Look, on: boolean): Look =>
  on
    ? { ...look, hijab: look.hijab ?? { color: HIJAB_COLOUR }, hair: { ...look.hair, style: 'none' } }
    : { ...look, hijab: undefined, hair: { ...look.hair, style: look.hair.style === 'none' ? 'bun' : look.hair.style } };

/** A man drawn from a woman's look: no hijab, short hair showing, trousers and a shirt where she wore a skirt or blouse. */
export const withSex = (look: Look, sex: Look['sex']): Look => {
  if (sex === 'f' || look.sex === 'm') return { ...look, sex };
  const hair = ['none', 'bun', 'ponytail', 'bob'].includes(look.hair.style) ? 'short' : look.hair.style;
  return {
    ...look,
    sex,
    hijab: undefined,
    hair: { ...look.hair, style: hair },
    top: { ...look.top, kind: ['blouse', 'kebaya', 'daster'].includes(look.top.kind) ? 'shirt' : look.top.kind },
    bottom: { ...look.bottom, kind: ['skirt', 'dress', 'kain'].includes(look.bottom.kind) ? 'trousers' : look.bottom.kind },
  };
};

export const withHat = (look: Look, hat: string): Look => ({
  ...look,
  extras: [...(look.extras ?? []).filter((extra) => !(HATS as readonly string[]).includes(extra)), ...HATS.filter((item) => item === hat)],
});

export const withExtra = (look: Look, extra: Extra, on: boolean): Look => {
  const rest = (look.extras ?? []).filter((item) => item !== extra);
  return { ...look, extras: on ? [...rest, extra] : rest };
};

const picture = (look: Look) =>
  svgUrl(characterThumb({ ...look, id: 'thumb', name: '', story: 0, description: '', extras: look.extras ?? [] }, 'stand', 'neutral'));

export function LookParts({ look, edit }: { look: Look; edit: (look: Look) => void }) {
  const { t } = useTranslation();
  // The pictures follow a moment behind, so a colour dragged or a part chosen never waits for some seventy drawings.
  const shown = useDeferredValue(look);
  const options = useMemo(() => {
    const each = <K extends string>(values: readonly K[], key: string, make: (value: K) => Look): ThumbOption<K>[] =>
      values.map((value) => ({ value, label: t(`studio.look-${key}-${value}`), url: picture(make(value)) }));
    return {
      sex: each(LOOK_SEXES, 'sex', (sex) => withSex(shown, sex)),
      build: each(LOOK_BUILDS, 'build', (build) => ({ ...shown, build })),
      hijab: each(['yes', 'no'] as const, 'hijab', (on) => withHijab(shown, on === 'yes')),
      hair: each(HAIR_STYLES, 'hair', (style) => withHijab({ ...shown, hair: { ...shown.hair, style } }, false)),
      top: each(TOP_KINDS, 'top', (kind) => ({ ...shown, top: { ...shown.top, kind } })),
      sleeves: each(SLEEVES, 'sleeves', (sleeves) => ({ ...shown, top: { ...shown.top, sleeves } })),
      pattern: each(PATTERNS, 'pattern', (pattern) => ({ ...shown, top: { ...shown.top, pattern } })),
      bottom: each(BOTTOM_KINDS, 'bottom', (kind) => ({ ...shown, bottom: { ...shown.bottom, kind } })),
      bottomPattern: each(PATTERNS, 'pattern', (pattern) => ({ ...shown, bottom: { ...shown.bottom, pattern } })),
      shoes: each(SHOE_KINDS, 'shoes', (kind) => ({ ...shown, shoes: { ...shown.shoes, kind } })),
      hat: each(['none', ...HATS] as const, 'hat', (hat) => withHat(shown, hat)),
      extras: each(OTHER_EXTRAS, 'extra', (extra) => withExtra(shown, extra, true)),
    };
  }, [shown, t]);
  const extras = look.extras ?? [];
  const hat = HATS.find((item) => extras.includes(item)) ?? 'none';

  const colour = (label: string, value: string, onPick: (value: string) => void, swatches: Readonly<Record<string, string>> = {}) => (
    <div className="kit-colour">
      <label>
        {label}
        <input type="color" value={value} onChange={(event) => onPick(event.target.value)} />
      </label>
      {Object.entries(swatches).map(([tone, swatch]) => (
        <button
          key={tone}
          type="button"
          className="kit-swatch"
          style={{ background: swatch }}
          aria-label={`${label}: ${t(`studio.look-tone-${tone}`)}`}
          aria-pressed={value === swatch}
          onClick={() => onPick(swatch)}
        />
      ))}
    </div>
  );

  return (
    <div className="kit-builder-parts">
      <ThumbChoice legend={t('studio.look-sex')} options={options.sex} chosen={(sex) => look.sex === sex} onChoose={(sex) => edit(withSex(look, sex))} />
      <ThumbChoice
        legend={t('studio.look-build')}
        options={options.build}
        chosen={(build) => look.build === build}
        onChoose={(build) => edit({ ...look, build })}
      />
      <label className="kit-height">
        {t('studio.look-height')}
        <input type="range" min={0.75} max={1.05} step={0.01} value={look.height} onChange={(event) => edit({ ...look, height: Number(event.target.value) })} />
      </label>
      {colour(t('studio.look-skin'), look.skin, (skin) => edit({ ...look, skin }), SKIN)}
      <ThumbChoice
        legend={t('studio.look-hijab')}
        options={options.hijab}
        chosen={(on) => (on === 'yes') === Boolean(look.hijab)}
        onChoose={(on) => edit(withHijab(look, on === 'yes'))}
      />
      {look.hijab ? (
        colour(t('studio.look-hijab-colour'), look.hijab.color, (color) => edit({ ...look, hijab: { ...look.hijab, color } }))
      ) : (
        <ThumbChoice
          legend={t('studio.look-hair')}
          options={options.hair}
          chosen={(style) => look.hair.style === style}
          onChoose={(style) => edit({ ...look, hair: { ...look.hair, style } })}
        />
      )}
      {colour(t('studio.look-hair-colour'), look.hair.color, (color) => edit({ ...look, hair: { ...look.hair, color } }), HAIR)}
      <ThumbChoice
        legend={t('studio.look-top')}
        options={options.top}
        chosen={(kind) => look.top.kind === kind}
        onChoose={(kind) => edit({ ...look, top: { ...look.top, kind } })}
      />
      <ThumbChoice
        legend={t('studio.look-sleeves')}
        options={options.sleeves}
        chosen={(sleeves) => look.top.sleeves === sleeves}
        onChoose={(sleeves) => edit({ ...look, top: { ...look.top, sleeves } })}
      />
      {colour(t('studio.look-top-colour'), look.top.color, (color) => edit({ ...look, top: { ...look.top, color } }))}
      <ThumbChoice
        legend={t('studio.look-pattern')}
        options={options.pattern}
        chosen={(pattern) => (look.top.pattern ?? 'none') === pattern}
        onChoose={(pattern) => edit({ ...look, top: { ...look.top, pattern } })}
      />
      <ThumbChoice
        legend={t('studio.look-bottom')}
        options={options.bottom}
        chosen={(kind) => look.bottom.kind === kind}
        onChoose={(kind) => edit({ ...look, bottom: { ...look.bottom, kind } })}
      />
      {colour(t('studio.look-bottom-colour'), look.bottom.color, (color) => edit({ ...look, bottom: { ...look.bottom, color } }))}
      <ThumbChoice
        legend={t('studio.look-bottom-pattern')}
        options={options.bottomPattern}
        chosen={(pattern) => (look.bottom.pattern ?? 'none') === pattern}
        onChoose={(pattern) => edit({ ...look, bottom: { ...look.bottom, pattern } })}
      />
      <ThumbChoice
        legend={t('studio.look-shoes')}
        options={options.shoes}
        chosen={(kind) => look.shoes.kind === kind}
        onChoose={(kind) => edit({ ...look, shoes: { ...look.shoes, kind } })}
      />
      <ThumbChoice legend={t('studio.look-hat')} options={options.hat} chosen={(item) => hat === item} onChoose={(item) => edit(withHat(look, item))} />
      <ThumbChoice
        legend={t('studio.look-extras')}
        options={options.extras}
        chosen={(extra) => extras.includes(extra)}
        onChoose={(extra) => edit(withExtra(look, extra, !extras.includes(extra)))}
      />
    </div>
  );
}
