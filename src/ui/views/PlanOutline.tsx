// The text alternative: the plan as a nested list, each inspectable element a button.
import type { OutlineItem } from '../../views/outlineTree';
import type { PlanNode } from '../../views/viewTypes';

interface Props {
  items: OutlineItem[];
  lang: 'bn' | 'en';
  title: string;
  highlighted: ReadonlySet<string>;
  onInspect: (node: PlanNode) => void;
}

function Items({ items, lang, highlighted, onInspect }: Omit<Props, 'title'>) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id} data-outline-id={item.id}>
          {item.node?.inspect ? (
            <button type="button" className="outline-item" onClick={() => onInspect(item.node as PlanNode)}>
              {item.label[lang]}
            </button>
          ) : (
            <span className="outline-item">{item.label[lang]}</span>
          )}
          {highlighted.has(item.id) && <span className="outline-touched"> ★</span>}
          {item.detail && <span className="outline-detail"> — {item.detail[lang]}</span>}
          {item.children.length > 0 && <Items items={item.children} lang={lang} highlighted={highlighted} onInspect={onInspect} />}
        </li>
      ))}
    </ul>
  );
}

export function PlanOutline({ title, ...rest }: Props) {
  return (
    <section className="plan-outline" aria-label={title} data-testid="plan-outline">
      <Items {...rest} />
    </section>
  );
}
