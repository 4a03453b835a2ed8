// @ts-check
// What both forms share. Their parts: an error summary, the keywords typed or pasted or from a file (one <template> for
// both), and after the form a status for screen readers and the results. Their submit: read the fields (a value that is
// no number is an error at its field, before any request), send the plan through the API client, then show the answer —
// or the problem, at the fields it names.
import { el } from "./dom.js";
import { clearErrors, showProblem } from "./field-errors.js";
import { keywordRows } from "./keyword-rows.js";

/** @typedef {import("./numbers.js").Parsed} Parsed */
/** @typedef {import("./field-errors.js").FieldMap} FieldMap */
/** @typedef {(text: string) => Parsed} Parse */

/**
 * A number the form has at `name` (a setting) or in a keyword line's `column`, for the request: undefined when the
 * field is empty or holds no number (then the form shows `must be {what}` there instead of sending).
 * @typedef {(name: string, parse: Parse, what: string) => number | undefined} ReadNumber
 */

/**
 * What a request is built from on submit: the chosen file if any, the form's settings, and its filled keyword lines,
 * each made by `line` from its keyword and its other columns.
 * @typedef {{ file: File | undefined, setting: ReadNumber, keywords: <L>(line: (keyword: string, number: ReadNumber) => L) => L[] }} PlanInput
 */

/**
 * One form of the page: the keyword columns its lines have (`keyword` first, as the row template's data-column names
 * them), the name of its results, the request it sends, and how it shows the answer.
 * @template T
 * @typedef {{
 *   columns: string[],
 *   resultsLabel: string,
 *   request: (input: PlanInput) => () => Promise<import("./api.js").Result<T>>,
 *   render: (answer: T) => { nodes: (Node | null)[], message: string, after?: () => void },
 * }} PlanForm
 */

/**
 * Sets up `<form id="NAME-form">` of index.html, which holds its own settings and a `.keyword-source` with the hints of
 * its keywords and its file; NAME-status and NAME-results follow the form.
 * @template T
 * @param {HTMLFormElement} form
 * @param {PlanForm<T>} plan
 */
export function setUpPlanForm(form, { columns, resultsLabel, request, render }) {
  const name = form.id.replace(/-form$/, "");
  form.prepend(el("div", { class: "error-summary", tabindex: "-1", hidden: true }));
  const status = el("p", { class: "status visually-hidden", id: `${name}-status`, role: "status", "aria-live": "polite" });
  const results = el("div", { class: "results", id: `${name}-results`, role: "region", "aria-label": resultsLabel, hidden: true });
  form.after(status, results);
  const source = keywordSource(form, name, columns, (message) => { status.textContent = message; });

  onPlanSubmit(form, {
    status,
    results,
    request: () => {
      const file = source.chosenFile();
      const reader = fieldReader(file ? source.fileInput : source.firstKeyword());
      const send = request({
        file,
        setting: (field, parse, what) => reader.number(field, one(form, `[name="${field}"]`, HTMLInputElement), parse, what),
        keywords: (line) => keywordLines(source.rows, reader, line),
      });
      return { reader, send };
    },
    render,
  });
}

/**
 * Puts the page's `<template id="keyword-source">` (a fieldset of keyword rows, and a file input) in place of the
 * form's `.keyword-source`, whose two hints (data-hint-for="keywords" and "file") go in to describe them.
 * @param {HTMLFormElement} form
 * @param {string} name
 * @param {string[]} columns
 * @param {(message: string) => void} announce
 */
function keywordSource(form, name, columns, announce) {
  const slot = one(form, ".keyword-source", HTMLElement);
  const part = /** @type {DocumentFragment} */ (template("keyword-source").content.cloneNode(true));
  const fieldset = one(part, "fieldset", HTMLFieldSetElement);
  const rowsBox = one(part, ".keyword-rows", HTMLElement);
  const fileInput = one(part, 'input[type="file"]', HTMLInputElement);
  rowsBox.id = `${name}-keywords`;
  fileInput.id = `${name}-file`;
  one(part, ".field > label", HTMLLabelElement).htmlFor = fileInput.id;
  /** @type {[string, HTMLElement, Element][]} hint, the control it describes, what it follows */
  const hints = [["keywords", fieldset, one(fieldset, "legend", HTMLLegendElement)], ["file", fileInput, fileInput]];
  for (const [hintFor, control, before] of hints) {
    const hint = one(slot, `[data-hint-for="${hintFor}"]`, HTMLElement);
    hint.id = `${name}-${hintFor}-hint`;
    before.after(hint);
    control.setAttribute("aria-describedby", hint.id);
  }
  slot.replaceWith(part);
  return {
    rows: keywordRows(rowsBox, template("keyword-row"), columns, one(fieldset, "button.add-row", HTMLButtonElement), announce, 2),
    chosenFile: fileChoice(fileInput, one(form, "button.clear-file", HTMLButtonElement)),
    fileInput,
    /** Where an error about the keywords as a whole is shown. */
    firstKeyword: () => one(rowsBox, "input", HTMLInputElement),
  };
}

/** @param {string} id */
function template(id) {
  const found = document.getElementById(id);
  if (!(found instanceof HTMLTemplateElement)) throw new Error(`index.html has no <template id="${id}">`);
  return found;
}

/**
 * @template {Element} E
 * @param {ParentNode} root
 * @param {string} selector
 * @param {{ new (): E }} type
 * @returns {E}
 */
function one(root, selector, type) {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`no ${type.name} at ${selector}`);
  return found;
}

/**
 * Collects a request's values, the control each field path came from, and the values that are no number.
 * @param {HTMLElement} fallback where an error for a field the form has no control for is shown
 */
function fieldReader(fallback) {
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
function keywordLines(rows, reader, line) {
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
function onPlanSubmit(form, { status, results, request, render }) {
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
function fileChoice(input, clear) {
  const sync = () => { clear.hidden = !input.files?.length; };
  input.addEventListener("change", sync);
  clear.addEventListener("click", () => { input.value = ""; sync(); input.focus(); });
  sync();
  return () => input.files?.[0];
}
