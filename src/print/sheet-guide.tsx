/**
 * A guide printed on a sheet of its own after a folded layout's sheets: the sheet with each cell's page number (from
 * impose(), so guide and sheets agree; a cell printed upside down shows its number so), the layout's folds and cuts,
 * the key to them, and the steps. The zine's and the A6 booklet's guides differ only in these.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetSide } from '../paper/impose';

interface Props {
  title: string;
  /** What the drawing shows, for a screen reader. */
  label: string;
  /** The sheet in mm, as it lies in front of you. */
  sheet: { width: number; height: number };
  /** The front of the layout's first sheet. */
  side: SheetSide;
  /** The fold and cut lines (className fold-line or fold-cut), in mm on the sheet. */
  lines: ReactNode;
  steps: string[];
  portrait?: boolean;
}

export function SheetGuide({ title, label, sheet, side, lines, steps, portrait = false }: Props) {
  const { t } = useTranslation();
  const cellWidth = sheet.width / side.columns;
  const cellHeight = sheet.height / (side.slots.length / side.columns);
  return (
    <div className={`fold-guide${portrait ? ' fold-guide-portrait' : ''}`}>
      <h2>{title}</h2>
      <svg viewBox={`-4 -4 ${sheet.width + 8} ${sheet.height + 8}`} role="img" aria-label={label}>
        <rect x="0" y="0" width={sheet.width} height={sheet.height} className="fold-sheet" />
        {side.slots.map((slot, index) => {
          const x = (index % side.columns) * cellWidth + cellWidth / 2;
          const y = Math.floor(index / side.columns) * cellHeight + cellHeight / 2;
          return (
            <text
              key={index}
              x={x}
              y={y}
              transform={slot.rotated ? `rotate(180 ${x} ${y})` : undefined}
              className="fold-number"
              dominantBaseline="middle"
              textAnchor="middle"
            >
              {slot.page}
            </text>
          );
        })}
        {lines}
      </svg>
      <p className="fold-key">
        <span className="fold-key-fold">{t('print.fold-key-fold')}</span> <span className="fold-key-cut">{t('print.fold-key-cut')}</span>
      </p>
      <ol>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </div>
  );
}
