// The text alternative of a plan: the same groups and nodes as a tree by `parent`, in plan order.
// Built from the plan the drawing uses, so the outline and the picture never disagree.
import type { Bilingual, Plan, PlanNode } from './viewTypes';

export interface OutlineItem {
  id: string;
  label: Bilingual;
  /** The node's second line and hint, for a reader who cannot see the box. */
  detail: Bilingual | null;
  node: PlanNode | null;
  children: OutlineItem[];
}

function join(parts: (Bilingual | undefined)[]): Bilingual | null {
  const present = parts.filter((p): p is Bilingual => !!p);
  if (present.length === 0) return null;
  return { bn: present.map((p) => p.bn).join(' — '), en: present.map((p) => p.en).join(' — ') };
}

export function outlineTree(plan: Plan): OutlineItem[] {
  const items = new Map<string, OutlineItem>();
  const parents = new Map<string, string | undefined>();
  for (const g of plan.groups) {
    items.set(g.id, { id: g.id, label: g.label, detail: null, node: null, children: [] });
    parents.set(g.id, g.parent);
  }
  for (const n of plan.nodes) {
    items.set(n.id, { id: n.id, label: n.label, detail: join([n.sub, n.hint]), node: n, children: [] });
    parents.set(n.id, n.parent);
  }
  const roots: OutlineItem[] = [];
  for (const [id, item] of items) {
    const parent = parents.get(id);
    const home = parent !== undefined ? items.get(parent) : undefined;
    (home ? home.children : roots).push(item);
  }
  return roots;
}

/** Every label of the outline, depth first, for tests that compare it with the drawing. */
export function outlineLabels(items: OutlineItem[], lang: 'bn' | 'en'): string[] {
  return items.flatMap((i) => [i.label[lang], ...outlineLabels(i.children, lang)]);
}
