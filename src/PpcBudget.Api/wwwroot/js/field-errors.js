// @ts-check
// Problem details (RFC 9457) shown where they belong: each error next to the field its key names (`months`,
// `keywords[0].cpc`), marked aria-invalid and tied to the field by aria-describedby; a summary at the top of the form
// links to each; focus goes to the first invalid field in the page's order.

/** @typedef {import("./api.js").Problem} Problem */

/**
 * Where each field path of a request was typed; a path with no control of its own (`keywords[0]`) falls back to its
 * parent's (`keywords`), and the rest go to `fallback`.
 * @typedef {{ controls: Map<string, HTMLElement>, fallback: HTMLElement }} FieldMap
 */

/** @param {HTMLFormElement} form */
export function clearErrors(form) {
  for (const message of form.querySelectorAll(".field-error")) {
    const id = message.id;
    for (const control of form.querySelectorAll(`[aria-describedby~="${id}"]`)) {
      const rest = (control.getAttribute("aria-describedby") ?? "").split(" ").filter((other) => other !== id && other !== "");
      if (rest.length > 0) control.setAttribute("aria-describedby", rest.join(" "));
      else control.removeAttribute("aria-describedby");
      control.removeAttribute("aria-invalid");
    }
    message.remove();
  }
  const summary = summaryOf(form);
  summary.hidden = true;
  summary.replaceChildren();
}

/**
 * @param {HTMLFormElement} form
 * @param {Problem} problem
 * @param {FieldMap} fields
 * @returns {string} one sentence for the live region
 */
export function showProblem(form, problem, fields) {
  const errors = Object.entries(problem.errors ?? {});
  const summary = summaryOf(form);
  const heading = document.createElement("h3");
  heading.textContent = problem.title ?? "The service could not answer.";
  summary.append(heading);
  if (errors.length === 0) {
    const detail = document.createElement("p");
    detail.textContent = problem.detail ?? "";
    summary.append(detail);
  }

  const list = document.createElement("ul");
  /** @type {HTMLElement[]} */
  const invalid = [];
  for (const [path, messages] of errors) {
    const control = controlFor(path, fields);
    const text = messages.join(" ");
    attach(control, path, text);
    invalid.push(control);
    const link = document.createElement("a");
    link.href = `#${control.id}`;
    link.textContent = `${labelOf(control)}: ${text}`;
    link.addEventListener("click", (event) => { event.preventDefault(); control.focus(); });
    const item = document.createElement("li");
    item.append(link);
    list.append(item);
  }
  if (errors.length > 0) summary.append(list);
  summary.hidden = false;

  const first = invalid.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
  (first ?? summary).focus();
  return errors.length === 0
    ? `${heading.textContent} ${problem.detail ?? ""}`.trim()
    : `${errors.length === 1 ? "One field needs" : `${errors.length} fields need`} correcting: ${errors.map(([path, messages]) => `${labelOf(controlFor(path, fields))} ${messages.join(" ")}`).join(" ")}`;
}

/**
 * @param {string} path
 * @param {FieldMap} fields
 */
function controlFor(path, fields) {
  const lastStep = /(\.[^.[\]]*|\[\d+\])$/;
  for (let key = path; ; key = key.replace(lastStep, "")) {
    const control = fields.controls.get(key);
    if (control) return control;
    if (!lastStep.test(key)) return fields.fallback;
  }
}

/**
 * @param {HTMLElement} control
 * @param {string} path
 * @param {string} text
 */
function attach(control, path, text) {
  const id = `${control.id}-error-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;
  const message = document.createElement("p");
  message.className = "field-error";
  message.id = id;
  message.textContent = text;
  control.after(message);
  control.setAttribute("aria-invalid", "true");
  control.setAttribute("aria-describedby", [id, control.getAttribute("aria-describedby") ?? ""].join(" ").trim());
}

/** @param {HTMLElement} control */
function labelOf(control) {
  const labels = control instanceof HTMLInputElement && control.labels ? [...control.labels] : [];
  return (labels[0]?.textContent ?? control.getAttribute("aria-label") ?? control.id).replace(/\s+/g, " ").trim();
}

/** @param {HTMLFormElement} form */
function summaryOf(form) {
  const summary = form.querySelector(".error-summary");
  if (!(summary instanceof HTMLElement)) throw new Error(`#${form.id} has no .error-summary`);
  return summary;
}
