/**
 * What an author grabs on the stage, over one balloon drawn by the reader's own component: the balloon itself (to
 * move it, or to type its text in place), and when it is selected, its four corners (to resize it) and its tail's tip.
 * Each is a button: Tab reaches it, arrow keys move it (Shift for bigger steps), a pointer drags it.
 */
import type { KeyboardEvent, PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Balloon } from '../../story/schema';
import { CORNERS, type Grip } from './geometry';

interface Props {
  balloon: Balloon;
  /** Names the handles in the DOM (data-grip), unique on the page: "<panel> <balloon>". */
  grip: string;
  number: number;
  /** The ID of the words saying which keys do what. */
  keysHelp: string;
  selected: boolean;
  /** Its text does not fit its box at the normal text size, in some language (the check warns): outlined in red. */
  overflows: boolean;
  /** When the balloon's text is being typed in place: a text area instead of the balloon's handle. */
  typing: boolean;
  onSelect: () => void;
  onGrab: (event: PointerEvent<HTMLElement>, grip: Grip) => void;
  onKey: (event: KeyboardEvent<HTMLElement>, grip: Grip) => void;
  onType: (text: string) => void;
  onTyped: () => void;
}

const at = (x: number, y: number) => ({ left: `${x * 100}%`, top: `${y * 100}%` });

export function BalloonHandles({ balloon, grip: gripName, number, keysHelp, selected, overflows, typing, onSelect, onGrab, onKey, onType, onTyped }: Props) {
  const { t } = useTranslation();
  const { box, tail } = balloon;
  const place = { ...at(box.x, box.y), width: `${box.w * 100}%`, height: `${box.h * 100}%` };
  const name = t('studio.balloon', { number });
  const grab = (grip: Grip) => (event: PointerEvent<HTMLElement>) => {
    event.currentTarget.focus();
    onGrab(event, grip);
  };
  const keys = (grip: Grip) => (event: KeyboardEvent<HTMLElement>) => onKey(event, grip);
  return (
    <>
      {typing ? (
        <textarea
          className="stage-typing"
          style={place}
          aria-label={t('studio.stage-text', { balloon: name })}
          value={balloon.text}
          maxLength={500}
          // Opened by the author's own Enter or button, to type at once.
          autoFocus
          onChange={(event) => onType(event.target.value)}
          onBlur={onTyped}
          onKeyDown={(event) => (event.key === 'Escape' ? onTyped() : undefined)}
        />
      ) : (
        <button
          type="button"
          className={`stage-balloon${selected ? ' stage-selected' : ''}${overflows ? ' stage-overflow' : ''}`}
          style={place}
          data-grip={`${gripName} move`}
          aria-label={`${name}: ${balloon.text || t('studio.stage-no-text')}${overflows ? ` (${t('studio.stage-overflow')})` : ''}`}
          aria-describedby={keysHelp}
          aria-pressed={selected}
          onFocus={(event) => {
            // The panel's own focus handler would select the panel alone, without the balloon.
            event.stopPropagation();
            onSelect();
          }}
          onPointerDown={grab('move')}
          onKeyDown={keys('move')}
        />
      )}
      {selected && !typing
        ? CORNERS.map((corner) => (
            <button
              key={corner}
              type="button"
              className={`stage-corner stage-${corner}`}
              style={at(corner.endsWith('left') ? box.x : box.x + box.w, corner.startsWith('top') ? box.y : box.y + box.h)}
              data-grip={`${gripName} ${corner}`}
              aria-label={t('studio.stage-corner', { balloon: name, corner: t(`studio.stage-${corner}`) })}
              onFocus={(event) => event.stopPropagation()}
              onPointerDown={grab(corner)}
              onKeyDown={keys(corner)}
            />
          ))
        : null}
      {selected && !typing && tail ? (
        <button
          type="button"
          className="stage-tail"
          style={at(tail.x, tail.y)}
          data-grip={`${gripName} tail`}
          aria-label={t('studio.stage-tail', { balloon: name })}
          onFocus={(event) => event.stopPropagation()}
          onPointerDown={grab('tail')}
          onKeyDown={keys('tail')}
        />
      ) : null}
    </>
  );
}
