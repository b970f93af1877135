import type { ComponentChildren } from "preact";
import { COHORT_SCREENS, cohortPath } from "../../nav";
import { href } from "../../router";

/** The tabs of one cohort's screens (coming ones marked), above the screen itself. */
export function CohortLayout({ cohortId, current, children }: { cohortId: string; current: string; children: ComponentChildren }) {
  return (
    <>
      <nav class="subnav" aria-label={`Cohort ${cohortId}`}>
        <ul>
          {COHORT_SCREENS.map((screen) => {
            const path = cohortPath(screen, cohortId);
            return (
              <li key={screen.path}>
                <a href={href(path)} aria-current={path === current ? "page" : undefined} class={screen.coming ? "coming" : undefined}>
                  {screen.label}{screen.coming && <span class="visually-hidden"> (coming)</span>}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      {children}
    </>
  );
}
