// @ts-check
// What both forms do on submit: read the fields (a value that is no number is an error at its field, before any
// request), send the plan through the API client, then show the answer — or the problem, at the fields it names.
import { clearErrors, showProblem } from "./field-errors.js";

/** @typedef {import("./numbers.js").Parsed} Parsed */
/** @typedef {import("./field-errors.js").FieldMap} FieldMap */

/**
 * Collects a request's values, the control each field path came from, and the values that are no number.
 * @param {HTMLElement} fallback where an error for a field the form has no control for is shown
 */
export function fieldReader(fallback) {
  /** @type {Map<string, HTMLElement>} */
  const controls = new Map();
  /** @type {Record<string, string[]>} */
  const errors = {};
  return {
    /** @type {FieldMap} */
    fields: { controls, fallback },
    errors,
    /**
     * @param {string} path the field's path in the request, as problem details name it
     * @param {HTMLInputElement} input
     * @param {(text: string) => Parsed} parse
     * @param {string} [what] what the field takes, for the error
     * @returns {number | undefined} undefined when empty or not a number
     */
    number(path, input, parse, what = "a number") {
      controls.set(path, input);
      const parsed = parse(input.value);
      if (parsed.kind === "invalid") errors[path] = [`must be ${what}; you typed “${parsed.text}”.`];
      return parsed.kind === "number" ? parsed.value : undefined;
    },
    /**
     * @param {string} path
     * @param {HTMLElement} control
     */
    control(path, control) {
      controls.set(path, control);
    },
  };
}

/**
 * The keyword lines of a plan, in the order sent: each line's fields are `keywords[i].<column>`, and an error about a
 * whole line (`keywords[i]`) or the list (`keywords`) is shown at a keyword box.
 * @template L
 * @param {{ filled: () => import("./keyword-rows.js").KeywordRow[] }} rows
 * @param {ReturnType<typeof fieldReader>} reader
 * @param {(keyword: string, number: (column: string, parse: (text: string) => Parsed, what: string) => number | undefined) => L} line
 * @returns {L[]}
 */
export function keywordLines(rows, reader, line) {
  return rows.filled().map((row, i) => {
    const keyword = /** @type {HTMLInputElement} */ (row.inputs.get("keyword"));
    if (i === 0) reader.control("keywords", keyword);
    reader.control(`keywords[${i}]`, keyword);
    reader.control(`keywords[${i}].keyword`, keyword);
    return line(keyword.value.trim(), (column, parse, what) =>
      reader.number(`keywords[${i}].${column}`, /** @type {HTMLInputElement} */ (row.inputs.get(column)), parse, what));
  });
}

/**
 * @template T
 * @param {HTMLFormElement} form
 * @param {{
 *   status: HTMLElement,
 *   results: HTMLElement,
 *   request: () => { reader: ReturnType<typeof fieldReader>, send: () => Promise<import("./api.js").Result<T>> },
 *   render: (answer: T) => { nodes: (Node | null)[], message: string, after?: () => void },
 * }} parts
 */
export function onPlanSubmit(form, { status, results, request, render }) {
  const submit = form.querySelector('button[type="submit"]');
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    const { reader, send } = request();
    if (Object.keys(reader.errors).length > 0) {
      status.textContent = showProblem(form, { title: "Some values are not numbers.", errors: reader.errors }, reader.fields);
      return;
    }
    submit?.setAttribute("disabled", "");
    results.setAttribute("aria-busy", "true");
    status.textContent = "Calculating…";
    try {
      const result = await send();
      if (result.ok) {
        const shown = render(result.answer);
        results.replaceChildren(...shown.nodes.filter((node) => node !== null));
        results.hidden = false;
        shown.after?.();
        status.textContent = shown.message;
      } else {
        // Figures from an earlier plan must not stand beside a form that now says something else.
        results.hidden = true;
        results.replaceChildren();
        status.textContent = showProblem(form, result.problem, reader.fields);
      }
    } finally {
      submit?.removeAttribute("disabled");
      results.removeAttribute("aria-busy");
    }
  });
}

/**
 * The file chosen in a file input, if any, with a button that takes it away again.
 * @param {HTMLInputElement} input
 * @param {HTMLButtonElement} clear
 */
export function fileChoice(input, clear) {
  const sync = () => { clear.hidden = !input.files?.length; };
  input.addEventListener("change", sync);
  clear.addEventListener("click", () => { input.value = ""; sync(); input.focus(); });
  sync();
  return () => input.files?.[0];
}
