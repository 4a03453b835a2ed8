// @ts-check
// Wires the two forms of index.html to their results.
import { setUpRoiForm } from "./roi.js";
import { setUpTestingForm } from "./testing.js";

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

setUpTestingForm(/** @type {HTMLFormElement} */ (byId("testing-form")), { status: byId("testing-status"), results: byId("testing-results") });
setUpRoiForm(/** @type {HTMLFormElement} */ (byId("roi-form")), { status: byId("roi-status"), results: byId("roi-results") });
