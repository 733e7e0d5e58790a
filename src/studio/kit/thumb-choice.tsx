/** A choice made from small pictures: each a button (Tab and Enter or Space), the chosen one pressed, its name below. */
export interface ThumbOption<K extends string> {
  value: K;
  label: string;
  url: string;
}

export function Thumb({ url, label, chosen, onChoose }: { url: string; label: string; chosen: boolean; onChoose: () => void }) {
  return (
    <button type="button" className="kit-thumb" aria-pressed={chosen} onClick={onChoose} title={label}>
      <img src={url} alt="" />
      <span>{label}</span>
    </button>
  );
}

interface ChoiceProps<K extends string> {
  legend: string;
  options: readonly ThumbOption<K>[];
  chosen: (value: K) => boolean;
  onChoose: (value: K) => void;
  className?: string;
}

export function ThumbChoice<K extends string>({ legend, options, chosen, onChoose, className = '' }: ChoiceProps<K>) {
  return (
    <fieldset className={`kit-thumbs ${className}`.trim()}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <Thumb key={option.value} url={option.url} label={option.label} chosen={chosen(option.value)} onChoose={() => onChoose(option.value)} />
      ))}
    </fieldset>
  );
}

export const svgUrl = (svg: string) => `data:image/svg+xml,${encodeURIComponent(svg)}`;
