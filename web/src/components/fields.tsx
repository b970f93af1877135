import type { ComponentChildren } from "preact";
import { inputId } from "../problems";
import type { Options } from "../vocab";

/**
 * Form fields that always have a visible label, carry their error beside them (announced through
 * aria-describedby and aria-invalid) and take the id the error summary links to. `pointer` is the
 * field's JSON pointer in the request body, as the API names it in a 422.
 */
interface Common {
  pointer: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  optional?: boolean;
}

function described(pointer: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${inputId(pointer)}-hint` : "", error ? `${inputId(pointer)}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function Label({ pointer, label, optional }: Common) {
  return (
    <label for={inputId(pointer)}>
      {label}
      {optional && <span class="optional"> (optional)</span>}
    </label>
  );
}

function HintAndError({ pointer, hint, error }: Common) {
  return (
    <>
      {hint && <p class="hint" id={`${inputId(pointer)}-hint`}>{hint}</p>}
      {error && <p class="field-error" id={`${inputId(pointer)}-error`}><span class="visually-hidden">Error: </span>{error}</p>}
    </>
  );
}

export function TextField(props: Common & { value: string; onInput: (value: string) => void; type?: "text" | "email" | "date" | "datetime-local"; autocomplete?: string; inputMode?: string }) {
  const { pointer, hint, error, value, onInput, type = "text", autocomplete, inputMode } = props;
  return (
    <div class={error ? "field has-error" : "field"}>
      <Label {...props} />
      <HintAndError {...props} />
      <input id={inputId(pointer)} name={pointer} type={type as "text"} value={value} autocomplete={autocomplete} inputMode={inputMode as "numeric" | undefined}
        aria-invalid={error ? "true" : undefined} aria-describedby={described(pointer, hint, error)}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)} />
    </div>
  );
}

export function TextArea(props: Common & { value: string; onInput: (value: string) => void; rows?: number; maxLength?: number }) {
  const { pointer, hint, error, value, onInput, rows = 5, maxLength } = props;
  return (
    <div class={error ? "field has-error" : "field"}>
      <Label {...props} />
      <HintAndError {...props} />
      <textarea id={inputId(pointer)} name={pointer} rows={rows} value={value} maxLength={maxLength}
        aria-invalid={error ? "true" : undefined} aria-describedby={described(pointer, hint, error)}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)} />
    </div>
  );
}

export function Select(props: Common & { value: string; options: Options; onChange: (value: string) => void; placeholder?: string }) {
  const { pointer, hint, error, value, options, onChange, placeholder } = props;
  return (
    <div class={error ? "field has-error" : "field"}>
      <Label {...props} />
      <HintAndError {...props} />
      <select id={inputId(pointer)} name={pointer} value={value} aria-invalid={error ? "true" : undefined}
        aria-describedby={described(pointer, hint, error)} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </div>
  );
}

export function Checkbox(props: Common & { checked: boolean; onChange: (checked: boolean) => void }) {
  const { pointer, hint, error, checked, onChange, label } = props;
  return (
    <div class={error ? "field checkbox has-error" : "field checkbox"}>
      <HintAndError {...props} />
      <input id={inputId(pointer)} name={pointer} type="checkbox" checked={checked} aria-invalid={error ? "true" : undefined}
        aria-describedby={described(pointer, hint, error)} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <label for={inputId(pointer)}>{label}</label>
    </div>
  );
}

/** Several checkboxes in a fieldset; the error links to the first box. */
export function CheckboxGroup(props: Common & { values: string[]; options: Options; onChange: (values: string[]) => void }) {
  const { pointer, label, hint, error, values, options, onChange, optional } = props;
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...values, value] : values.filter((v) => v !== value));
  return (
    <fieldset class={error ? "field group has-error" : "field group"} aria-describedby={described(pointer, hint, error)}>
      <legend>{label}{optional && <span class="optional"> (optional)</span>}</legend>
      <HintAndError {...props} />
      <div class="choices">
        {options.map(([v, l], i) => {
          const id = i === 0 ? inputId(pointer) : `${inputId(pointer)}-${v}`;
          return (
            <div class="choice" key={v}>
              <input type="checkbox" id={id} name={pointer} value={v} checked={values.includes(v)}
                aria-invalid={error ? "true" : undefined} onChange={(e) => toggle(v, (e.currentTarget as HTMLInputElement).checked)} />
              <label for={id}>{l}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function RadioGroup(props: Common & { value: string; options: Options; onChange: (value: string) => void }) {
  const { pointer, label, hint, error, value, options, onChange } = props;
  return (
    <fieldset class={error ? "field group has-error" : "field group"} aria-describedby={described(pointer, hint, error)}>
      <legend>{label}</legend>
      <HintAndError {...props} />
      <div class="choices">
        {options.map(([v, l], i) => {
          const id = i === 0 ? inputId(pointer) : `${inputId(pointer)}-${v}`;
          return (
            <div class="choice" key={v}>
              <input type="radio" id={id} name={pointer} value={v} checked={value === v}
                onChange={() => onChange(v)} />
              <label for={id}>{l}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Problems the form could not place beside a field, and a linked list of those it did. */
export function ErrorSummary({ title, placed, unplaced, labels }: {
  title: string;
  placed: Map<string, string>;
  unplaced: Array<{ field: string; message: string }>;
  labels: Record<string, string>;
}) {
  return (
    <div class="error-summary" role="alert" tabIndex={-1} id="error-summary">
      <h2>{title}</h2>
      <ul>
        {[...placed].map(([pointer, message]) => (
          <li key={pointer}><a href={`#${inputId(pointer)}`}>{labels[pointer] ?? pointer}: {message}</a></li>
        ))}
        {unplaced.map((e) => <li key={e.field}>{e.field ? `${e.field}: ` : ""}{e.message}</li>)}
      </ul>
    </div>
  );
}

export function Fieldset({ legend, children, hint }: { legend: string; children: ComponentChildren; hint?: string }) {
  return (
    <fieldset class="section">
      <legend>{legend}</legend>
      {hint && <p class="hint">{hint}</p>}
      {children}
    </fieldset>
  );
}
