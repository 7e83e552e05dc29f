// "Show solution": reveals the commands as snippets and types the first one into the terminal;
// nothing runs until the student presses Enter.
import { useState } from 'react';
import { fillTerminal } from '../../store';
import { Snippet } from './Snippet';
import { useLessonStrings } from './useLessonStrings';

export function Solution({ lines }: { lines: string[] }) {
  const t = useLessonStrings();
  const [open, setOpen] = useState(false);
  const toggle = () => {
    if (!open && lines.length > 0) fillTerminal(lines[0]);
    setOpen(!open);
  };
  return (
    <section className="lesson-solution">
      <button type="button" aria-expanded={open} onClick={toggle}>
        {open ? t.hideSolution : t.showSolution}
      </button>
      {open && (
        <>
          <p className="lesson-muted">{t.solutionNote}</p>
          <div className="lesson-snippets">
            {lines.map((line, i) => (
              <Snippet key={i} command={line} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
