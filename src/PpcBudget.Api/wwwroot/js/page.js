// @ts-check
// Wires the two forms of index.html; each puts its status and results after itself.
import { setUpRoiForm } from "./roi.js";
import { setUpTestingForm } from "./testing.js";

/** @param {string} id */
const form = (id) => /** @type {HTMLFormElement} */ (document.getElementById(id));

setUpTestingForm(form("testing-form"));
setUpRoiForm(form("roi-form"));
